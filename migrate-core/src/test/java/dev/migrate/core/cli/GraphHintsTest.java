package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.drawing.SvgCheck;

/** Messages about the shape of the graph end with the {@code migrate graph} command that draws that part, and it works as printed. */
class GraphHintsTest {

	private static final Pattern COMMAND = Pattern.compile("migrate (graph [^\\s.]+(?: [^\\s.]+)*)");

	@TempDir
	Path dir;

	private void write(String id, String down) throws IOException {
		Files.writeString(this.dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n-- down_revision: " + down
				+ "\n-- message: step " + id + "\n-- phase: expand\n\n-- migrate:upgrade\nSELECT 1;\n");
	}

	private CliRun run(String... args) {
		List<String> all = new ArrayList<>(List.of("--locations", "filesystem:" + this.dir, "--dialect", "h2"));
		all.addAll(List.of(args));
		return CliRun.of(all.toArray(String[]::new));
	}

	/** Runs the command the message names and returns the revisions it drew. */
	private List<String> drawn(String message) throws Exception {
		Matcher command = COMMAND.matcher(message);
		assertThat(command.find()).as(message).isTrue();
		CliRun graph = run(command.group(1).split(" "));
		assertThat(graph.status()).as(graph.err()).isZero();
		return SvgCheck.parse(graph.out()).nodeRevisions();
	}

	@Test
	void multipleHeadsFindingDrawsTheBranchesFromWhereTheyFork() throws Exception {
		write("aaaa00000001", "none");
		write("bbbb00000002", "aaaa00000001");
		write("cccc00000003", "bbbb00000002");
		write("dddd00000004", "bbbb00000002");
		write("eeee00000005", "dddd00000004");

		CliRun check = run("check");

		assertThat(check.status()).isEqualTo(1);
		assertThat(check.out()).contains("See the branches: migrate graph bbbb00000002:heads");
		assertThat(drawn(check.out())).containsExactlyInAnyOrder("bbbb00000002", "cccc00000003", "dddd00000004",
				"eeee00000005");
	}

	@Test
	void ambiguousWalksDrawTheMergeOrTheBranchPointWithItsNeighbours() throws Exception {
		write("aaaa00000001", "none");
		write("bbbb00000002", "aaaa00000001");
		write("cccc00000003", "aaaa00000001");
		write("dddd00000004", "bbbb00000002, cccc00000003");
		write("ffff00000006", "dddd00000004");

		CliRun back = run("sql", "ffff-2:ffff");
		assertThat(back.status()).isEqualTo(2);
		assertThat(back.err()).contains("is ambiguous: dddd00000004 merges").contains("migrate graph --around dddd00000004 2");
		assertThat(drawn(back.err())).containsExactlyInAnyOrder("aaaa00000001", "bbbb00000002", "cccc00000003",
				"dddd00000004", "ffff00000006");

		CliRun forward = run("sql", "aaaa:aaaa+1");
		assertThat(forward.status()).isEqualTo(2);
		assertThat(forward.err()).contains("the graph branches into bbbb00000002, cccc00000003")
			.contains("migrate graph --around aaaa00000001 2");
		assertThat(drawn(forward.err())).contains("aaaa00000001", "bbbb00000002", "cccc00000003", "dddd00000004");
	}

}
