package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.revision.Phase;

/** The H2 corpus: compatibility rules apply; an embedded database gets no locking finding. */
class H2RulesTest {

	private final GuardFixture guard = new GuardFixture(new H2Dialect());

	static Stream<Arguments> unsafe() {
		return Stream.of(
				flags("DROP TABLE IF EXISTS users CASCADE", "drop-table"),
				flags("ALTER TABLE users DROP COLUMN email", "drop-column"),
				flags("ALTER TABLE users ALTER COLUMN email RENAME TO mail", "rename-column"),
				flags("ALTER TABLE users RENAME TO people", "rename-table"),
				flags("ALTER TABLE users ALTER COLUMN email VARCHAR(400)", "alter-column-type"),
				flags("ALTER TABLE users ALTER COLUMN email SET DATA TYPE VARCHAR(400)", "alter-column-type"),
				flags("ALTER TABLE users ALTER COLUMN email SET NOT NULL", "set-not-null"),
				flags("ALTER TABLE users ADD COLUMN age INT NOT NULL", "add-column-not-null"),
				flags("TRUNCATE TABLE users", "truncate"),
				flags("DELETE FROM users", "delete-all-rows"));
	}

	static Stream<String> safe() {
		return Stream.of("CREATE INDEX users_email_idx ON users (email)", "DROP INDEX users_email_idx",
				"ALTER TABLE users ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)",
				"ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)",
				"ALTER TABLE users ADD COLUMN age INT NOT NULL DEFAULT 0",
				"ALTER TABLE users ADD COLUMN id2 BIGINT AUTO_INCREMENT",
				"ALTER TABLE users ALTER COLUMN email SET NULL",
				"ALTER TABLE users ALTER COLUMN email SET DEFAULT ''",
				"// DROP TABLE users\nSELECT 1",
				"CREATE ALIAS purge AS $$ void purge() { /* DROP TABLE users */ } $$");
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

}
