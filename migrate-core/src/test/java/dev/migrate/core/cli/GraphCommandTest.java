package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.drawing.GeneratedDag;
import dev.migrate.core.drawing.SvgCheck;
import dev.migrate.core.testsupport.H2Fixture;

/** {@code migrate graph}: what each format draws, which part, and where a database stands (H2). */
class GraphCommandTest {

	private static final Pattern DOT_NODE = Pattern.compile("^  \"([A-Za-z0-9_]+)\" \\[label=\"(?:[^\"\\\\]|\\\\.)*\".*fillcolor=\"(#[0-9a-f]{6})\".*\\];$");

	private static final Pattern DOT_EDGE = Pattern.compile("^  \"([A-Za-z0-9_]+)\" -> \"([A-Za-z0-9_]+)\"( \\[style=dashed.*\\])?;$");

	private static final Pattern MERMAID_NODE = Pattern.compile("^  r_([A-Za-z0-9_]+)\\[\"([^\"]*)\"\\]$");

	private static final Pattern MERMAID_EDGE = Pattern.compile("^  r_([A-Za-z0-9_]+) (-->|-\\. depends_on \\.->) r_([A-Za-z0-9_]+)$");

	@TempDir
	Path dir;

	@TempDir
	Path out;

	private H2Fixture database;

	@BeforeEach
	void smallGraph() throws IOException {
		write("aaaa00000001", "none", "create users", "-- phase: expand\n", "CREATE TABLE users (id int);");
		write("bbbb00000002", "aaaa00000001", "add phone", "-- phase: expand\n-- branch_labels: accounts\n",
				"ALTER TABLE users ADD COLUMN phone varchar(20);");
		write("cccc00000003", "aaaa00000001", "create orders", "-- phase: expand\n-- depends_on: accounts\n",
				"CREATE TABLE orders (id int);");
		write("dddd00000004", "bbbb00000002, cccc00000003", "join", "-- phase: migrate\n", "SELECT 1;");
		write("eeee00000005", "dddd00000004", "drop old", "-- phase: contract\n-- transactional: false\n",
				"CREATE TABLE users (id int);");
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	private void write(String id, String down, String message, String header, String sql) throws IOException {
		Files.writeString(this.dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n-- down_revision: " + down
				+ "\n-- message: " + message + "\n" + header + "\n-- migrate:upgrade\n" + sql + "\n");
	}

	private CliRun graph(Path locations, String... args) {
		List<String> all = new ArrayList<>(List.of("--locations", "filesystem:" + locations, "graph"));
		all.addAll(List.of(args));
		return CliRun.of(all.toArray(String[]::new));
	}

	@Test
	void drawsA300RevisionDagWith30MergesWithEveryRevisionOnceAndNoBoxesOverlapping() throws Exception {
		Path revisions = Files.createDirectory(this.out.resolve("dag"));
		GeneratedDag dag = GeneratedDag.write(revisions, 300, 30, 19);
		assertThat(dag.revisions()).hasSize(300);
		assertThat(dag.merges()).isEqualTo(30);
		Path file = this.out.resolve("graph.svg");

		CliRun run = CliRun.of("--locations", "filesystem:" + revisions, "graph", "-o", file.toString());

		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.err()).contains("Wrote " + file + " (svg, 300 of 300 revisions)");
		SvgCheck svg = SvgCheck.parse(Files.readString(file));
		List<String> ids = dag.revisions().stream().map(GeneratedDag.Rev::id).toList();
		assertThat(svg.nodeRevisions()).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
		svg.assertNoBoxesOverlap();
		svg.assertTextFitsBoxes();
		svg.assertEdgesAvoidBoxes();
		List<String> parents = new ArrayList<>();
		List<String> depends = new ArrayList<>();
		for (GeneratedDag.Rev rev : dag.revisions()) {
			rev.down().forEach(down -> parents.add(down + "->" + rev.id()));
			rev.depends().forEach(dependency -> depends.add(dependency + "->" + rev.id()));
		}
		assertThat(depends).isNotEmpty();
		assertThat(svg.edges("down-revision")).containsExactlyInAnyOrderElementsOf(parents);
		assertThat(svg.edges("depends-on")).containsExactlyInAnyOrderElementsOf(depends);
		assertThat(svg.texts()).contains("migrate graph: 300 revisions");
		assertThat(String.join("\n", svg.texts())).contains(" [feature_0]", "migrate · merge");
	}

	@Test
	void dotHasOneNodePerRevisionAndOneEdgePerDownRevisionAndDependsOnDashed() {
		CliRun run = graph(this.dir, "--format", "dot");

		assertThat(run.status()).as(run.err()).isZero();
		List<String> lines = run.out().lines().toList();
		assertThat(lines.get(0)).isEqualTo("digraph migrate {");
		assertThat(lines).contains("  rankdir=BT;").endsWith("}");
		List<String> nodes = new ArrayList<>();
		List<String> edges = new ArrayList<>();
		for (String line : lines) {
			Matcher node = DOT_NODE.matcher(line);
			Matcher edge = DOT_EDGE.matcher(line);
			if (node.matches()) {
				nodes.add(node.group(1));
			}
			else if (edge.matches()) {
				edges.add(edge.group(1) + "->" + edge.group(2) + ((edge.group(3) != null) ? " dashed" : ""));
			}
		}
		assertThat(nodes).containsExactly("aaaa00000001", "bbbb00000002", "cccc00000003", "dddd00000004", "eeee00000005");
		assertThat(edges).containsExactlyInAnyOrder("aaaa00000001->bbbb00000002", "aaaa00000001->cccc00000003",
				"bbbb00000002->cccc00000003 dashed", "bbbb00000002->dddd00000004", "cccc00000003->dddd00000004",
				"dddd00000004->eeee00000005");
		assertThat(run.out()).contains("label=\"bbbb0000 [accounts]\\nadd phone\\nexpand\"");
	}

	@Test
	void mermaidIsAFlowchartWithQuotedEscapedLabelsAndDottedDependsOn() throws Exception {
		GeneratedDag dag = GeneratedDag.write(this.out, 40, 4, 7);

		CliRun run = graph(this.out, "--format", "mermaid");

		assertThat(run.status()).as(run.err()).isZero();
		List<String> lines = run.out().lines().toList();
		assertThat(lines.get(0)).isEqualTo("flowchart BT");
		List<String> nodes = new ArrayList<>();
		int solid = 0;
		int dotted = 0;
		for (String line : lines.subList(1, lines.size())) {
			Matcher node = MERMAID_NODE.matcher(line);
			Matcher edge = MERMAID_EDGE.matcher(line);
			if (node.matches()) {
				nodes.add(node.group(1));
				// inside the quotes only <br/> is markup; quotes, brackets, '#', '&' and backticks are entity codes
				assertThat(node.group(2).replace("<br/>", "")).doesNotContain("<", ">", "`", "&").matches("([^#]|#[0-9]+;)*");
			}
			else if (edge.matches()) {
				if (edge.group(2).equals("-->")) {
					solid++;
				}
				else {
					dotted++;
				}
			}
			else {
				assertThat(line).matches("  (classDef [A-Za-z]+ [-a-z]+:.*|class (r_[A-Za-z0-9_]+,?)+ [A-Za-z]+|%% .*)");
			}
		}
		assertThat(nodes).containsExactlyInAnyOrderElementsOf(dag.revisions().stream().map(GeneratedDag.Rev::id).toList());
		assertThat(solid).isEqualTo(dag.revisions().stream().mapToInt(rev -> rev.down().size()).sum());
		assertThat(dotted).isEqualTo(dag.revisions().stream().mapToInt(rev -> rev.depends().size()).sum());
		assertThat(run.out()).contains("#34;quoted#34; #60;b#62;column#60;/b#62; #38; #35;");
	}

	@Test
	void rangeDrawsTheRevisionsBetweenTwoTargets() throws Exception {
		SvgCheck svg = SvgCheck.parse(graph(this.dir, "bbbb:dddd").out());
		assertThat(svg.nodeRevisions()).containsExactlyInAnyOrder("bbbb00000002", "cccc00000003", "dddd00000004");
		assertThat(svg.edges("down-revision")).containsExactlyInAnyOrder("bbbb00000002->dddd00000004",
				"cccc00000003->dddd00000004");
		assertThat(svg.texts()).contains("migrate graph: 3 of 5 revisions");

		assertThat(SvgCheck.parse(graph(this.dir, ":accounts").out()).nodeRevisions())
			.containsExactlyInAnyOrder("aaaa00000001", "bbbb00000002");
		assertThat(SvgCheck.parse(graph(this.dir, "dddd:").out()).nodeRevisions())
			.containsExactlyInAnyOrder("dddd00000004", "eeee00000005");
		CliRun backwards = graph(this.dir, "eeee:aaaa");
		assertThat(backwards.status()).isEqualTo(2);
		assertThat(backwards.err()).contains("No revision lies between 'eeee' and 'aaaa'");
	}

	@Test
	void aroundDrawsTheRevisionsAFewEdgesAway() throws Exception {
		SvgCheck svg = SvgCheck.parse(graph(this.dir, "--around", "bbbb00000002", "1").out());
		assertThat(svg.nodeRevisions()).containsExactlyInAnyOrder("aaaa00000001", "bbbb00000002", "cccc00000003",
				"dddd00000004");
		assertThat(svg.edges("depends-on")).containsExactly("bbbb00000002->cccc00000003");
		assertThat(SvgCheck.parse(graph(this.dir, "--around", "eeee", "0").out()).nodeRevisions())
			.containsExactly("eeee00000005");
		assertThat(graph(this.dir, "--around", "eeee", "x").err()).contains("N must be a number of edges, not 'x'");
	}

	@Test
	void marksTheVersionRowsAppliedAndPendingRevisionsAndARecordedFailure() throws Exception {
		this.database = new H2Fixture();
		String url = this.database.jdbcUrl();
		assertThat(CliRun.of("--url", url, "--user", "sa", "--locations", "filesystem:" + this.dir, "upgrade", "bbbb")
			.status()).isZero();

		CliRun pending = CliRun.of("--url", url, "--user", "sa", "--locations", "filesystem:" + this.dir, "graph");

		SvgCheck svg = SvgCheck.parse(pending.out());
		assertThat(svg.nodeClass("aaaa00000001")).isEqualTo("node applied");
		assertThat(svg.nodeClass("bbbb00000002")).isEqualTo("node applied current");
		assertThat(svg.nodeClass("cccc00000003")).isEqualTo("node pending");
		assertThat(svg.texts()).contains("state: PENDING, current: bbbb00000002, 3 pending");

		CliRun failed = CliRun.of("--url", url, "--user", "sa", "--locations", "filesystem:" + this.dir, "upgrade");
		assertThat(failed.status()).as(failed.err()).isEqualTo(1);
		CliRun dot = CliRun.of("--url", url, "--user", "sa", "--locations", "filesystem:" + this.dir, "graph",
				"--format", "dot");
		assertThat(dot.out()).contains("label=\"state: FAILED (recorded-failure), current: dddd00000004\"")
			.containsPattern("\"eeee00000005\" \\[label=\"eeee0000\\\\ndrop old\\\\ncontract · head · FAILED\".*fillcolor=\"#ffd6d6\"")
			.containsPattern("\"dddd00000004\" \\[.*fillcolor=\"#d3f2dc\", color=\"#2f8f4e\", penwidth=3\\]");
	}

	@Test
	void refusesAnUnknownFormatAndBothARangeAndAround() {
		CliRun format = graph(this.dir, "--format", "png");
		assertThat(format.status()).isEqualTo(2);
		assertThat(format.err()).contains("Unknown graph format 'png': use svg, dot or mermaid.");
		CliRun both = graph(this.dir, "aaaa:heads", "--around", "aaaa", "1");
		assertThat(both.status()).isEqualTo(2);
		assertThat(both.err()).contains("either <from>:<to> or --around <rev> <N>, not both");
	}

}
