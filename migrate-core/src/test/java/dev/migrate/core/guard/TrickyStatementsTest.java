package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.RevisionFileException;

/** The tricky cases of issue 5: layout, comments, strings, dollar quotes, names, several actions. */
class TrickyStatementsTest {

	private final GuardFixture guard = new GuardFixture(new PostgresDialect());

	@Test
	void statementOverSeveralLinesIsReportedOnTheLineWhereItStartsInTheFile() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				ALTER TABLE users ADD COLUMN note text;

				-- the old phone column goes
				ALTER TABLE
				    users
				  DROP COLUMN
				    phone;
				""");
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("drop-column");
			// upgrade section starts on file line 7: the statement's ALTER is on its 4th line
			assertThat(finding.line()).isEqualTo(GuardFixture.UPGRADE_LINE + 3);
			assertThat(finding.file()).isEqualTo("db/revisions/a1b2c3d4e5f6_test.sql");
			assertThat(finding.revision()).isEqualTo("a1b2c3d4e5f6");
			assertThat(finding.statement()).isEqualTo("ALTER TABLE users DROP COLUMN phone");
		});
	}

	@Test
	void severalStatementsOnOneLineAreJudgedOneByOne() {
		List<Finding> findings = this.guard.check(Phase.EXPAND,
				"ALTER TABLE a ADD COLUMN x int; DROP TABLE b; CREATE INDEX a_x_idx ON a (x); SELECT 'DROP TABLE c';");
		assertThat(findings).extracting(Finding::rule).containsExactly("drop-table", "create-index-blocking");
		assertThat(findings).extracting(Finding::line).containsOnly(GuardFixture.UPGRADE_LINE);
		assertThat(findings).extracting(Finding::statement)
			.containsExactly("DROP TABLE b", "CREATE INDEX a_x_idx ON a (x)");
	}

	@Test
	void commentsContainingDropNeverProduceFindings() {
		assertThat(this.guard.check(Phase.EXPAND, """
				-- DROP TABLE users;
				/* ALTER TABLE users DROP COLUMN email;
				   /* nested: TRUNCATE users; */ DELETE FROM users; */
				ALTER TABLE users /* DROP COLUMN x, */ ADD COLUMN note text -- , DROP COLUMN y
				;
				""")).isEmpty();
	}

	@Test
	void stringDataNeverProducesFindings() {
		assertThat(this.guard.check(Phase.EXPAND, """
				INSERT INTO pickup_points (name, note) VALUES
				  ('Drop-off point', 'DROP TABLE users; --'),
				  (E'Truncate\\' here', 'ALTER TABLE users DROP COLUMN email');
				UPDATE pickup_points SET note = 'DELETE FROM users' WHERE name = 'Drop-off point';
				""")).isEmpty();
	}

	@Test
	void dollarQuotedBodiesNeverProduceFindings() {
		assertThat(this.guard.check(Phase.EXPAND, """
				CREATE FUNCTION archive_users() RETURNS trigger AS $$
				BEGIN
				  DELETE FROM users WHERE id = OLD.id;
				  DROP TABLE IF EXISTS tmp_users;
				  RETURN OLD;
				END
				$$ LANGUAGE plpgsql;
				CREATE FUNCTION t() RETURNS text AS $fn$ SELECT 'TRUNCATE users; $$ DROP TABLE x $$' $fn$ LANGUAGE sql;
				""")).isEmpty();
	}

	@Test
	void quotedAndSchemaQualifiedNamesAreReadAndShownAsWritten() {
		Finding finding = this.guard.check(Phase.EXPAND, "ALTER TABLE \"App\".\"User Accounts\" DROP COLUMN \"E-mail\"")
			.get(0);
		assertThat(finding.rule()).isEqualTo("drop-column");
		assertThat(finding.message()).contains("\"App\".\"User Accounts\".\"E-mail\"");
		assertThat(this.guard.flags("ALTER TABLE app.users RENAME COLUMN \"Email\" TO email"))
			.containsExactly("rename-column");
		assertThat(this.guard.flags("ALTER TABLE \"drop\" ADD COLUMN \"truncate\" text")).isEmpty();
	}

	@Test
	void quotedNamesOfNewTablesFollowPostgresFolding() {
		assertThat(this.guard.flags("CREATE TABLE \"Audit\" (id int);\nCREATE INDEX ON \"Audit\" (id)")).isEmpty();
		assertThat(this.guard.flags("CREATE TABLE \"Audit\" (id int);\nCREATE INDEX ON audit (id)"))
			.containsExactly("create-index-blocking");
	}

	@Test
	void alterTableWithSeveralActionsReportsEachOne() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				ALTER TABLE users
				  ADD COLUMN score numeric(10, 2) NOT NULL DEFAULT 0,
				  DROP COLUMN phone,
				  ALTER COLUMN age TYPE bigint,
				  ALTER COLUMN email SET NOT NULL,
				  ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID,
				  RENAME COLUMN name TO full_name;
				""");
		assertThat(findings).extracting(Finding::rule)
			.containsExactly("drop-column", "alter-column-type", "set-not-null", "rename-column");
		assertThat(findings).extracting(Finding::line).containsOnly(GuardFixture.UPGRADE_LINE);
	}

	@Test
	void ifExistsFormsAreRead() {
		assertThat(this.guard.flags("DROP TABLE IF EXISTS users")).containsExactly("drop-table");
		assertThat(this.guard.flags("ALTER TABLE IF EXISTS users DROP COLUMN IF EXISTS phone"))
			.containsExactly("drop-column");
		assertThat(this.guard.flags("ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key"))
			.containsExactly("drop-constraint");
		assertThat(this.guard.flags("DROP INDEX IF EXISTS users_email_idx")).containsExactly("drop-index-blocking");
		assertThat(this.guard.flags("ALTER TABLE users ADD COLUMN IF NOT EXISTS age int NOT NULL"))
			.containsExactly("add-column-not-null");
		assertThat(this.guard.flags("CREATE INDEX IF NOT EXISTS users_age_idx ON users (age)"))
			.containsExactly("create-index-blocking");
	}

	@Test
	void excerptIsOneLineWithoutCommentsAndCutToAbout120Characters() {
		String longList = "x".repeat(200);
		Finding finding = this.guard.check(Phase.EXPAND,
				"-- why\nDROP TABLE\n  users, /* old */\n  " + longList).get(0);
		assertThat(finding.statement()).startsWith("DROP TABLE users, xxx").doesNotContain("\n").endsWith("...")
			.doesNotContain("old");
		assertThat(finding.statement()).hasSizeLessThanOrEqualTo(Excerpt.MAX);
	}

	@Test
	void unterminatedStringIsAnInputErrorNamingTheFile() {
		assertThatThrownBy(() -> this.guard.check(Phase.EXPAND, "SELECT 1;\nSELECT 'oops;"))
			.isInstanceOf(RevisionFileException.class)
			.hasMessageStartingWith("db/revisions/a1b2c3d4e5f6_test.sql:" + (GuardFixture.UPGRADE_LINE + 1) + ": ");
	}

}
