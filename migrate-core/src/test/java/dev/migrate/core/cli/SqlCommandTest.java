package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCommandTest {

	@TempDir
	Path dir;

	@BeforeEach
	void writeRevisions() throws IOException {
		Files.writeString(this.dir.resolve("a1_users.sql"), """
				-- revision: a1
				-- down_revision: none
				-- message: users

				-- migrate:upgrade
				CREATE TABLE users (id int primary key);
				CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW.id := NEW.id; RETURN NEW; END; $$ LANGUAGE plpgsql;

				-- migrate:downgrade
				DROP FUNCTION touch();
				DROP TABLE users;
				""");
		Files.writeString(this.dir.resolve("b2_index.sql"), """
				-- revision: b2
				-- down_revision: a1
				-- message: it's an index
				-- transactional: false

				-- migrate:upgrade
				CREATE INDEX CONCURRENTLY users_id ON users (id);

				-- migrate:downgrade
				DROP INDEX CONCURRENTLY users_id;
				""");
	}

	private CliRun run(String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "--locations";
		all[1] = "filesystem:" + this.dir;
		System.arraycopy(args, 0, all, 2, args.length);
		return CliRun.of(all);
	}

	@Test
	void upgradeScriptFromBaseCreatesTablesAndWrapsTransactionalRevisions() {
		CliRun run = run("sql", "base:head");
		assertThat(run.status()).as(run.err()).isZero();
		String script = run.out();
		assertThat(script).contains("CREATE TABLE IF NOT EXISTS \"migrate_version\"")
			.contains("BEGIN;\nCREATE TABLE users (id int primary key);\nCREATE FUNCTION touch()")
			.contains("END; $$ LANGUAGE plpgsql;\n")
			.contains("INSERT INTO \"migrate_version\" (version_num) VALUES (E'a1');\n")
			.contains("E'it''s an index'");
		int index = script.indexOf("CREATE INDEX CONCURRENTLY");
		assertThat(script.substring(script.lastIndexOf("\n-- upgrade b2", index), index)).doesNotContain("BEGIN;");
		assertThat(script.indexOf("-- upgrade a1")).isLessThan(script.indexOf("-- upgrade b2"));
	}

	@Test
	void downgradeScriptRunsDowngradeSectionsNewestFirst() {
		CliRun run = run("sql", "head:base", "--json");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"operation\" : \"downgrade\"").contains("\"revisions\" : [ \"b2\", \"a1\" ]");
		assertThat(run("sql", "b2:a1").out()).contains("DROP INDEX CONCURRENTLY users_id;")
			.contains("DELETE FROM \"migrate_version\" WHERE version_num = E'b2'")
			.doesNotContain("DROP TABLE users");
	}

	@Test
	void mariaDbScriptsUseBacktickFreeQuotingAndNoTransactions() {
		CliRun run = run("--dialect", "mariadb", "sql", "base:a1");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).doesNotContain("BEGIN;").contains("`migrate_version`");
	}

	@Test
	void mysqlIsANameOfTheMariaDbDialect() {
		CliRun mysql = run("--dialect", "mysql", "sql", "base:a1");
		assertThat(mysql.status()).as(mysql.err()).isZero();
		assertThat(mysql.out()).startsWith("-- migrate sql base:a1 (mariadb)").contains("`migrate_version`")
			.doesNotContain("BEGIN;");
	}

	@Test
	void malformedRangeIsAUsageError() {
		CliRun run = run("sql", "head");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("<from>:<to>");
	}

}
