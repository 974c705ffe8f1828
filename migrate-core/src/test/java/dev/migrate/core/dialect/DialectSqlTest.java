package dev.migrate.core.dialect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQL text the dialects produce, without a database. */
class DialectSqlTest {

	@Test
	void quotesIdentifiersSoThatNoNameEscapesItsQuotes() {
		assertThat(new PostgresDialect().quote("a\"b")).isEqualTo("\"a\"\"b\"");
		assertThat(new H2Dialect().quote("MixedCase")).isEqualTo("\"MixedCase\"");
		assertThat(new MariaDbDialect().quote("a`b")).isEqualTo("`a``b`");
	}

	@Test
	void qualifiesWithASchemaOnlyWhenGiven() {
		assertThat(new PostgresDialect().qualify("app", "migrate_version")).isEqualTo("\"app\".\"migrate_version\"");
		assertThat(new PostgresDialect().qualify(null, "migrate_version")).isEqualTo("\"migrate_version\"");
		assertThat(new MariaDbDialect().qualify("app", "migrate_history")).isEqualTo("`app`.`migrate_history`");
	}

	@Test
	void createsTablesOnlyWhenMissing() {
		for (Dialect dialect : Dialects.builtIn().all()) {
			assertThat(dialect.createVersionTable("s", "v")).startsWith("CREATE TABLE IF NOT EXISTS " + dialect.qualify("s", "v"))
				.contains("version_num varchar(64) NOT NULL PRIMARY KEY");
			assertThat(dialect.createHistoryTable("s", "h")).startsWith("CREATE TABLE IF NOT EXISTS " + dialect.qualify("s", "h"));
		}
	}

	@Test
	void knowsWhereDdlIsTransactional() {
		assertThat(new PostgresDialect().supportsTransactionalDdl()).isTrue();
		assertThat(new H2Dialect().supportsTransactionalDdl()).isFalse();
		assertThat(new MariaDbDialect().supportsTransactionalDdl()).isFalse();
	}

}
