package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrate.core.rolling.InstanceRegistry;
import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

/** {@code upgrade --phase expand} and {@code current} during a rolling deploy (PostgreSQL). */
class RollingCommandsTest extends DatabaseContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@BeforeEach
	void writeRevisions() throws IOException {
		write("aaaa00000001", "none", "expand", "CREATE TABLE items (id int, old_name varchar(20));");
		write("bbbb00000002", "aaaa00000001", "expand", "ALTER TABLE items ADD COLUMN name varchar(20);");
		write("cccc00000003", "bbbb00000002", "contract", "ALTER TABLE items DROP COLUMN old_name;");
		write("dddd00000004", "cccc00000003", "expand", "ALTER TABLE items ADD COLUMN note varchar(20);");
	}

	private void write(String id, String down, String phase, String upgrade) throws IOException {
		Files.writeString(this.dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n-- down_revision: " + down
				+ "\n-- message: step " + id + "\n-- phase: " + phase + "\n\n-- migrate:upgrade\n" + upgrade + "\n");
	}

	private CliRun run(String... args) {
		return CliRun.of(Stream.concat(Stream.of("--url", this.database.jdbcUrl(), "--user", "postgres", "--locations",
				"filesystem:" + this.dir), Stream.of(args)).toArray(String[]::new));
	}

	@Test
	void upgradePhaseExpandLeavesContractRevisionsAndTheirDescendantsAndPlainUpgradeAppliesThem() {
		CliRun expand = run("upgrade", "--phase", "expand");
		assertThat(expand.status()).isZero();
		assertThat(expand.out()).contains("Done: <base> -> bbbb00000002")
			.contains("Left for the contract phase: cccc00000003, dddd00000004");
		assertThat(run("upgrade", "--phase", "expand").out()).contains("Nothing to do; current: bbbb00000002");
		CliRun all = run("upgrade");
		assertThat(all.out()).contains("Done: bbbb00000002 -> dddd00000004");
	}

	@Test
	void anUnknownPhaseIsAUsageError() {
		CliRun run = run("upgrade", "--phase", "contract");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("--phase is 'contract'").contains("expand");
	}

	@Test
	void currentShowsHeldRevisionsAndLiveInstances() {
		run("upgrade", "--phase", "expand");
		InstanceRegistry registry = new InstanceRegistry(this.database.dataSource(), null, InstanceRegistry.DEFAULT_TABLE);
		registry.register("web-1", List.of("aaaa00000001"), "node-a", 42, Duration.ofMinutes(5));
		CliRun current = run("current");
		assertThat(current.out()).contains("State: UP_TO_DATE")
			.contains("Held until the old version is gone (contract): cccc00000003, dddd00000004; waiting for web-1")
			.contains("instance: web-1 (heads aaaa00000001; node-a, pid 42");
		JsonNode json = JSON.readTree(run("--json", "current").out());
		assertThat(json.get("pendingCount").asInt()).isZero();
		assertThat(json.get("contract").get("held").toString()).isEqualTo("[\"cccc00000003\",\"dddd00000004\"]");
		assertThat(json.get("contract").get("waitingFor").get(0).asString()).isEqualTo("web-1");
		assertThat(json.get("contract").get("instances").get(0).get("host").asString()).isEqualTo("node-a");
		registry.deregister("web-1");
		JsonNode alone = JSON.readTree(run("--json", "current").out());
		assertThat(alone.get("state").asString()).isEqualTo("PENDING");
		assertThat(alone.get("pendingCount").asInt()).isEqualTo(2);
		assertThat(alone.get("contract").get("held")).isEmpty();
	}

}
