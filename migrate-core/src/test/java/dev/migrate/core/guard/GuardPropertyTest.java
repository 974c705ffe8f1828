package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.RevisionFileException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GuardPropertyTest {

	private static final List<String> UNSAFE = PostgresRulesTest.unsafe()
		.map(arguments -> (String) arguments.get()[0])
		.toList();

	private static final List<String> WORDS = List.of("ALTER", "TABLE", "DROP", "COLUMN", "ADD", "CONSTRAINT",
			"CREATE", "INDEX", "CONCURRENTLY", "ON", "IF", "EXISTS", "NOT", "NULL", "DEFAULT", "RENAME", "TO", "TYPE",
			"SET", "DATA", "WITH", "AS", "DELETE", "FROM", "WHERE", "UPDATE", "TRUNCATE", "REFERENCES", "CHECK", "UNIQUE",
			"PRIMARY", "KEY", "FOREIGN", "VALID", "VALIDATE", "USING", "MODIFY", "CHANGE", "ONLY", "CASCADE", "LOCK",
			"GENERATED", "ALWAYS", "IDENTITY", "STORED", "users", "\"Users\"", "app", "x", "1", "random()", "(", ")",
			",", ".", "=", "*", ":", "'s'", "-- c\n", "/* c */");

	@Provide
	Arbitrary<String> soup() {
		return Arbitraries.of(WORDS).list().ofMaxSize(25).map(words -> String.join(" ", words));
	}

	@Provide
	Arbitrary<String> unsafe() {
		return Arbitraries.of(UNSAFE);
	}

	@Provide
	Arbitrary<Dialect> dialects() {
		return Arbitraries.of(new PostgresDialect(), new MariaDbDialect(), new H2Dialect());
	}

	@Property(tries = 2000)
	void anyTokenSoupIsReadWithoutFailing(@ForAll("soup") String sql, @ForAll("dialects") Dialect dialect) {
		try {
			List<Finding> findings = new GuardFixture(dialect).check(Phase.EXPAND, sql + ";");
			assertThat(findings).allSatisfy(finding -> assertThat(finding.line()).isPositive());
		}
		catch (RevisionFileException ex) {
			// an unbalanced quote in the soup is an input error, reported with file and line
			assertThat(ex.getMessage()).startsWith("db/revisions/");
		}
	}

	@Property(tries = 300)
	void anUnsafeStatementInACommentStringOrDollarBodyIsNeverReported(@ForAll("unsafe") String statement) {
		GuardFixture guard = new GuardFixture(new PostgresDialect());
		String oneLine = statement.replace('\n', ' ');
		assertThat(guard.check(Phase.EXPAND, "-- " + oneLine + "\nSELECT 1;")).isEmpty();
		assertThat(guard.check(Phase.EXPAND, "/* " + statement + " */ SELECT 1;")).isEmpty();
		assertThat(guard.check(Phase.EXPAND, "SELECT '" + statement.replace("'", "''") + "';")).isEmpty();
		assertThat(guard.check(Phase.EXPAND,
				"CREATE FUNCTION f() RETURNS void AS $body$ " + statement + "; $body$ LANGUAGE sql;")).isEmpty();
		assertThat(guard.check(Phase.EXPAND, "INSERT INTO notes (\"" + statement.replace("\"", "\"\"")
				+ "\") VALUES (1);")).isEmpty();
	}

	@Property(tries = 300)
	void anUnsafeStatementIsReportedWhereverItStandsAmongSafeOnes(@ForAll("unsafe") String statement) {
		GuardFixture guard = new GuardFixture(new PostgresDialect());
		List<Finding> alone = guard.check(Phase.EXPAND, statement);
		List<Finding> surrounded = guard.check(Phase.EXPAND,
				"SELECT 1; -- DROP TABLE x\n\n  " + statement + ";\nINSERT INTO t VALUES ('DROP TABLE y');");
		assertThat(surrounded).extracting(Finding::rule).containsExactlyElementsOf(alone.stream().map(Finding::rule).toList());
		if (!statement.contains(";")) {
			assertThat(surrounded).extracting(Finding::line).containsOnly(GuardFixture.UPGRADE_LINE + 2);
		}
	}

}
