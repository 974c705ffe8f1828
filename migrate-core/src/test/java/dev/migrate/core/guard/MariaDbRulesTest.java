package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.revision.Phase;

/** The MariaDB corpus: its own syntax (MODIFY, CHANGE, RENAME TABLE, ADD INDEX, backticks) and online DDL. */
class MariaDbRulesTest {

	private final GuardFixture guard = new GuardFixture(new MariaDbDialect());

	static Stream<Arguments> unsafe() {
		return Stream.of(
				flags("DROP TABLE users", "drop-table"),
				flags("ALTER TABLE `app`.`users` DROP COLUMN `drop`", "drop-column"),
				flags("ALTER TABLE users DROP FOREIGN KEY users_org_fk", "drop-constraint"),
				flags("ALTER TABLE users DROP PRIMARY KEY", "drop-constraint"),
				flags("ALTER TABLE users DROP CHECK age_positive", "drop-constraint"),
				flags("ALTER TABLE users MODIFY COLUMN age bigint", "alter-column-type"),
				flags("ALTER TABLE users MODIFY age int NOT NULL", "alter-column-type"),
				flags("ALTER TABLE users CHANGE COLUMN age age bigint NOT NULL", "alter-column-type"),
				flags("ALTER TABLE users CHANGE email mail varchar(200)", "alter-column-type", "rename-column"),
				flags("ALTER TABLE users RENAME COLUMN email TO mail", "rename-column"),
				flags("RENAME TABLE users TO people", "rename-table"),
				flags("ALTER TABLE users RENAME TO people", "rename-table"),
				flags("ALTER TABLE users RENAME AS people", "rename-table"),
				flags("ALTER TABLE users ADD COLUMN age int NOT NULL", "add-column-not-null"),
				flags("ALTER TABLE users ADD COLUMN (age int NOT NULL, note text)", "add-column-not-null"),
				flags("CREATE INDEX users_email_idx ON users (email)", "create-index-blocking"),
				flags("CREATE FULLTEXT INDEX users_bio_idx ON users (bio)", "create-index-blocking"),
				flags("ALTER TABLE users ADD INDEX users_email_idx (email)", "create-index-blocking"),
				flags("ALTER TABLE users ADD UNIQUE KEY users_email_key (email)", "create-index-blocking"),
				flags("ALTER TABLE users ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)",
						"constraint-without-not-valid"),
				flags("ALTER TABLE users ADD CONSTRAINT age_positive CHECK (age > 0)", "constraint-without-not-valid"),
				flags("TRUNCATE TABLE users", "truncate"),
				flags("DELETE FROM users", "delete-all-rows"),
				flags("DELETE FROM users WHERE created < '2020-01-01' LIMIT 1000", "delete-rows"),
				flags("UPDATE users SET active = 1", "update-all-rows"));
	}

	static Stream<String> safe() {
		return Stream.of("ALTER TABLE users ADD COLUMN phone varchar(20)",
				"ALTER TABLE users ADD COLUMN visits int NOT NULL DEFAULT 0",
				"ALTER TABLE users ADD COLUMN id2 bigint NOT NULL AUTO_INCREMENT",
				"ALTER TABLE users ADD COLUMN token char(36) DEFAULT (uuid())",
				"ALTER TABLE users ADD COLUMN updated timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE "
						+ "CURRENT_TIMESTAMP",
				"CREATE INDEX users_email_idx ON users (email) ALGORITHM=INPLACE LOCK=NONE",
				"CREATE INDEX users_email_idx ON users (email) LOCK = NONE",
				"ALTER TABLE users ADD INDEX users_email_idx (email), ALGORITHM=INPLACE, LOCK=NONE",
				"ALTER ONLINE TABLE users ADD INDEX users_email_idx (email)",
				"DROP INDEX users_email_idx ON users",
				"ALTER TABLE users ALTER COLUMN visits SET DEFAULT 1",
				"UPDATE users SET active = 1 LIMIT 1000",
				"# DROP TABLE users\nSELECT 1",
				"-- DROP TABLE users\nSELECT 1",
				"SELECT \"DROP TABLE users\", 'Drop-off point', 'it\\'s DROP'",
				"INSERT INTO `drop` (`truncate`) VALUES ('DELETE FROM users')");
	}

	private static Arguments flags(String sql, String... rules) {
		return Arguments.of(sql, Set.of(rules));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("unsafe")
	void unsafeStatementIsFlaggedByExactlyItsRules(String sql, Set<String> rules) {
		assertThat(this.guard.flags(sql)).containsExactlyInAnyOrderElementsOf(rules);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("safe")
	void safeStatementIsNotFlagged(String sql) {
		assertThat(this.guard.check(Phase.EXPAND, sql)).isEmpty();
	}

	@Test
	void lockingRulesAreWarningsThatExplainOnlineDdl() {
		Finding index = this.guard.check(Phase.EXPAND, "CREATE INDEX users_email_idx ON users (email)").get(0);
		assertThat(index.severity()).isEqualTo(Severity.WARNING);
		assertThat(index.message()).contains("ALGORITHM=INPLACE LOCK=NONE");
		Finding foreignKey = this.guard
			.check(Phase.EXPAND, "ALTER TABLE users ADD FOREIGN KEY (org_id) REFERENCES orgs (id)")
			.get(0);
		assertThat(foreignKey.severity()).isEqualTo(Severity.WARNING);
		assertThat(foreignKey.message()).contains("no NOT VALID").contains("foreign_key_checks");
	}

	@Test
	void postgresOnlyRulesDoNotApply() {
		assertThat(this.guard.flags("ALTER TABLE users ADD COLUMN n int DEFAULT (rand())")).isEmpty();
		assertThat(this.guard.flags("ALTER TABLE users ADD UNIQUE KEY users_email_key (email), LOCK=NONE")).isEmpty();
	}

	@Test
	void aDropInsideAProcedureBodyIsNotAStatement() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				DELIMITER //
				CREATE PROCEDURE purge()
				BEGIN
				  DROP TABLE users;
				  DELETE FROM orders;
				END//
				DELIMITER ;
				ALTER TABLE users ADD COLUMN note text;
				""");
		assertThat(findings).isEmpty();
	}

	@Test
	void multiTableDeleteNamesTheTableAfterFrom() {
		Finding finding = this.guard.check(Phase.EXPAND, "DELETE u FROM users u JOIN bans b ON b.user_id = u.id").get(0);
		assertThat(finding.rule()).isEqualTo("delete-all-rows");
		assertThat(finding.message()).contains("on users ");
		assertThat(this.guard.flags("DELETE u FROM users u JOIN bans b ON b.user_id = u.id WHERE b.active"))
			.containsExactly("delete-rows");
	}

	@Test
	void executableCommentsAreRead() {
		assertThat(this.guard.flags("/*!40101 ALTER TABLE users DROP COLUMN email */")).containsExactly("drop-column");
	}

}
