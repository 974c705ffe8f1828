package dev.migrate.core.dialect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdentifiersTest {

	@ParameterizedTest
	@ValueSource(strings = { "migrate_version", "_private", "App2", "x",
			"a23456789012345678901234567890123456789012345678901234567890123" })
	void acceptsPlainNamesUpTo63Characters(String name) {
		assertThat(Identifiers.requireValid("migrate.schema", name)).isEqualTo(name);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "users; DROP TABLE users", "users\"; DROP TABLE users; --", "a`b", "a'b", "a.b",
			"public.migrate_version", "a b", "a-b", "1abc", "tëst", "a\nb", "x/*", "a$b",
			"a234567890123456789012345678901234567890123456789012345678901234" })
	void rejectsAnythingElseNamingTheSettingAndValue(String name) {
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> Identifiers.requireValid("migrate.version-table", name))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo(ErrorCode.USAGE))
			.withMessageStartingWith("Invalid migrate.version-table " + ((name != null) ? "'" + name + "'" : "null"))
			.withMessageContaining("at most 63 characters");
	}

	@Test
	void validatesEveryConfiguredTableName() {
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> new TableNames("s; DROP SCHEMA s", "v", "h"))
			.withMessageStartingWith("Invalid migrate.schema 's; DROP SCHEMA s'");
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> new TableNames(null, "v\" (x int); DROP TABLE t; --", "h"))
			.withMessageStartingWith("Invalid migrate.version-table 'v\" (x int); DROP TABLE t; --'");
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> new TableNames(null, "v", "`h`"))
			.withMessageStartingWith("Invalid migrate.history-table '`h`'");
	}

	@Test
	void refusesTheSameNameForBothTables() {
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> new TableNames(null, "state", "state"))
			.withMessage("migrate.version-table and migrate.history-table are both 'state': give the two tables different names");
	}

	@Test
	void defaultsToTheDocumentedNamesInTheCurrentSchema() {
		TableNames names = TableNames.defaults();
		assertThat(names.schema()).isNull();
		assertThat(names.versionTable()).isEqualTo("migrate_version");
		assertThat(names.historyTable()).isEqualTo("migrate_history");
		assertThat(names.withSchema("app").schema()).isEqualTo("app");
	}

}
