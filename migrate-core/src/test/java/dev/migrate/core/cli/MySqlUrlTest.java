package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

/** {@code jdbc:mysql:} URLs reach the local MariaDB through the bundled MariaDB driver, as written. */
class MySqlUrlTest extends DatabaseContractTest {

	@TempDir
	Path dir;

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@BeforeEach
	void writeRevision() throws IOException {
		Files.writeString(this.dir.resolve("m1_init.sql"), "-- revision: m1\n-- down_revision: none\n\n"
				+ "-- migrate:upgrade\nCREATE TABLE m1 (id int);\n\n-- migrate:downgrade\nDROP TABLE m1;\n");
	}

	private CliRun run(String url, String... args) {
		return CliRun.of(Stream.concat(Stream.of("--url", url, "--user", "root", "--locations", "filesystem:" + this.dir),
				Stream.of(args)).toArray(String[]::new));
	}

	private String mysqlUrl() {
		return this.database.jdbcUrl().replace("jdbc:mariadb:", "jdbc:mysql:");
	}

	@Test
	void upgradesThroughAMysqlUrl() {
		CliRun upgrade = run(mysqlUrl(), "upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.out()).contains("upgrade <base> -> m1");
		CliRun current = run(mysqlUrl() + "?useServerPrepStmts=false", "current");
		assertThat(current.status()).as(current.err()).isZero();
		assertThat(current.out()).contains("m1 (head)").contains("State: UP_TO_DATE");
	}

	@Test
	void aMysqlUrlWithPermitMysqlSchemeIsLeftAsItIs() {
		CliRun current = run(mysqlUrl() + "?permitMysqlScheme", "current");
		assertThat(current.status()).as(current.err()).isZero();
		assertThat(current.out()).contains("State: PENDING");
	}

}
