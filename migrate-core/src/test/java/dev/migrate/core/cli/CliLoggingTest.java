package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

/** What the command line's own JVM prints when MariaDB refuses a statement. */
class CliLoggingTest extends DatabaseContractTest {

	@TempDir
	Path dir;

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Test
	void aMariaDbErrorIsPrintedOnceNotAgainByTheDriversLogger() throws Exception {
		Files.writeString(this.dir.resolve("e1_bad.sql"),
				"-- revision: e1\n-- down_revision: none\n\n-- migrate:upgrade\nSELECT * FROM missing_table;\n");
		CliJvm run = CliJvm.run("--url", this.database.jdbcUrl(), "--user", "root", "--locations", "filesystem:" + this.dir,
				"upgrade");
		assertThat(run.status()).isEqualTo(1);
		assertThat(count(run.all(), "missing_table' doesn't exist")).as(run.all()).isEqualTo(1);
		assertThat(run.err()).doesNotContain("org.mariadb.jdbc");
	}

	private static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
