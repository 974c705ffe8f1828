package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message a failing connection produces, in the command line's own JVM (stdout, stderr with
 * SLF4J's and the drivers' logging, text and {@code --json}), for each form a password takes: it
 * is never there. Real servers: the local MariaDB refuses a wrong password of a user made for
 * this test; the local PostgreSQL trusts every password, so it fails on an unknown role or database.
 */
class SecretsNeverPrintedTest {

	private static final String SECRET = "S3cr3tPW";

	private static final String USER = "migrate_secret_" + UUID.randomUUID().toString().substring(0, 8);

	@TempDir
	static Path dir;

	@BeforeAll
	static void createUserWithAnotherPassword() throws Exception {
		mariaDb("CREATE USER '" + USER + "'@'%' IDENTIFIED BY 'Right-Pw-42'");
		Files.writeString(dir.resolve("s1_init.sql"),
				"-- revision: s1\n-- down_revision: none\n\n-- migrate:upgrade\nCREATE TABLE s1 (id int);\n");
	}

	@AfterAll
	static void dropUser() throws Exception {
		mariaDb("DROP USER '" + USER + "'@'%'");
	}

	private static void mariaDb(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:mysql://127.0.0.1:3306/mysql?user=USER&password=SECRET",
			"jdbc:mysql://127.0.0.1:3306/mysql?password=SECRET&user=USER",
			"jdbc:mariadb://127.0.0.1:3306/mysql?user=USER&password=SECRET",
			"jdbc:mariadb://127.0.0.1:3306/mysql?password=SECRET",
			"jdbc:mariadb://USER:SECRET@127.0.0.1:3306/mysql", "jdbc:mysql://USER:SECRET@127.0.0.1:3306/mysql",
			"jdbc:postgresql://127.0.0.1:5432/postgres?user=USER&password=SECRET",
			"jdbc:postgresql://127.0.0.1:5432/no_such_database?password=SECRET",
			"jdbc:postgresql://USER:SECRET@127.0.0.1:5432/postgres",
			"jdbc:sqlserver://127.0.0.1:1433;databaseName=x;user=sa;password=SECRET",
			"jdbc:oracle:thin:scott/SECRET@127.0.0.1:1521/orcl", "jdbc:mariadb://127.0.0.1:3306/mysql?password=S3cr%33tPW" })
	void noMessageOfAFailingConnectionShowsThePasswordOfItsUrl(String form) throws Exception {
		String url = form.replace("USER", USER).replace("SECRET", SECRET);
		for (List<String> command : commands()) {
			List<String> args = new ArrayList<>(List.of("--url", url, "--locations", "filesystem:" + dir));
			args.addAll(command);
			assertFailsWithoutSecret(CliJvm.run(args.toArray(String[]::new)));
		}
	}

	@Test
	void aWrongPasswordIsNeverPrintedWhetherGivenAsOptionOrEnvironment() throws Exception {
		for (List<String> command : commands()) {
			List<String> args = new ArrayList<>(List.of("--url", "jdbc:mariadb://127.0.0.1:3306/mysql", "--user", USER,
					"--password", SECRET, "--locations", "filesystem:" + dir));
			args.addAll(command);
			CliJvm run = CliJvm.run(args.toArray(String[]::new));
			assertThat(run.err()).contains("Access denied for user '" + USER + "'");
			assertFailsWithoutSecret(run);
			List<String> fromEnvironment = new ArrayList<>(List.of("--locations", "filesystem:" + dir));
			fromEnvironment.addAll(command);
			assertFailsWithoutSecret(CliJvm.run(Map.of("MIGRATE_URL", "jdbc:mysql://127.0.0.1:3306/mysql", "MIGRATE_USER",
					USER, "MIGRATE_PASSWORD", SECRET), fromEnvironment.toArray(String[]::new)));
		}
	}

	@Test
	void aPasswordQuotedInAnyMessageIsMasked() throws Exception {
		// the MariaDB driver reads "USER:SECRET@host" as host and port, and quotes it
		CliJvm run = CliJvm.run("--url", "jdbc:mariadb://root:" + SECRET + "@127.0.0.1:3306/mysql", "--locations",
				"filesystem:" + dir, "current");
		assertThat(run.err()).contains("****");
		assertFailsWithoutSecret(run);
	}

	private static List<List<String>> commands() {
		return List.of(List.of("upgrade"), List.of("--json", "current"));
	}

	private static void assertFailsWithoutSecret(CliJvm run) {
		assertThat(run.status()).as(run.all()).isNotZero();
		assertThat(run.all()).as("what the command line printed").isNotBlank().doesNotContain(SECRET)
			.doesNotContain("S3cr%33tPW");
	}

}
