package dev.migrate.core.revision;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.migrate.core.ErrorCode;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RevisionFileParserTest {

	private static final String FILE = "db/revisions/4f2a_add_phone.sql";

	private final RevisionFileParser parser = new RevisionFileParser();

	private Revision parse(String text) {
		return this.parser.parse(FILE, text);
	}

	private RevisionFileException failure(String source, String text) {
		return catchThrowableOfType(() -> this.parser.parse(source, text), RevisionFileException.class);
	}

	private RevisionFileException failure(String text) {
		return failure(FILE, text);
	}

	private static SqlBody sql(Revision revision) {
		return (SqlBody) revision.body();
	}

	@Nested
	class ValidFiles {

		@Test
		void readsEveryHeaderKeyAndBothSections() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: 1b7d
					-- message: add phone to users
					-- phase: expand
					-- branch_labels: accounts
					-- depends_on: 9c0f
					-- transactional: true

					-- migrate:upgrade
					ALTER TABLE users ADD COLUMN phone varchar(20);

					-- migrate:downgrade
					ALTER TABLE users DROP COLUMN phone;
					""");

			assertThat(revision.id()).isEqualTo("4f2a");
			assertThat(revision.downRevisions()).containsExactly("1b7d");
			assertThat(revision.message()).isEqualTo("add phone to users");
			assertThat(revision.phase()).isEqualTo(Phase.EXPAND);
			assertThat(revision.branchLabels()).containsExactly("accounts");
			assertThat(revision.dependsOn()).containsExactly("9c0f");
			assertThat(revision.transactional()).isTrue();
			assertThat(revision.source()).isEqualTo(FILE);
			assertThat(revision.checksum())
				.isEqualTo(Checksums.ofSql("ALTER TABLE users ADD COLUMN phone varchar(20);", true));
			assertThat(revision.isReversible()).isTrue();
			assertThat(sql(revision)).isEqualTo(new SqlBody("ALTER TABLE users ADD COLUMN phone varchar(20);\n", 10,
					"ALTER TABLE users DROP COLUMN phone;", 13));
		}

		@Test
		void defaultsToTransactionalWithoutPhaseMessageLabelsOrDowngrade() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: 1b7d
					-- migrate:upgrade
					SELECT 1;
					""");

			assertThat(revision.transactional()).isTrue();
			assertThat(revision.phase()).isNull();
			assertThat(revision.message()).isEmpty();
			assertThat(revision.branchLabels()).isEmpty();
			assertThat(revision.dependsOn()).isEmpty();
			assertThat(revision.isReversible()).isFalse();
			assertThat(sql(revision).downgradeSql()).isNull();
			assertThat(sql(revision).downgradeLine()).isZero();
		}

		@Test
		void readsNoneAsABaseRevisionIgnoringCase() {
			assertThat(parse("-- revision: 4f2a\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;").isBase())
				.isTrue();
			assertThat(parse("-- revision: 4f2a\n-- down_revision: NONE\n-- migrate:upgrade\nSELECT 1;").isBase())
				.isTrue();
		}

		@Test
		void readsSeveralDownRevisionsAsAMergeInTheirOrder() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: a1b2c3 ,d4e5f6,  0aa
					-- migrate:upgrade
					SELECT 1;
					""");

			assertThat(revision.isMerge()).isTrue();
			assertThat(revision.downRevisions()).containsExactly("a1b2c3", "d4e5f6", "0aa");
		}

		@Test
		void acceptsAMergeWhoseUpgradeRunsNothing() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: a1b2c3, d4e5f6
					-- message: merge accounts and billing

					-- migrate:upgrade
					-- nothing to run: this revision joins two branches

					-- migrate:downgrade
					""");

			assertThat(revision.isMerge()).isTrue();
			assertThat(revision.isReversible()).isTrue();
			assertThat(sql(revision).downgradeSql()).isEmpty();
		}

		@Test
		void readsCommaSeparatedBranchLabelsAndDependencies() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: none
					-- branch_labels: accounts, billing_v2
					-- depends_on: 9c0f, shared
					-- migrate:upgrade
					SELECT 1;
					""");

			assertThat(revision.branchLabels()).containsExactlyInAnyOrder("accounts", "billing_v2");
			assertThat(revision.dependsOn()).containsExactly("9c0f", "shared");
		}

		@Test
		void treatsEmptyLabelAndDependencyListsAsNone() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: none
					-- branch_labels:
					-- depends_on:
					-- migrate:upgrade
					SELECT 1;
					""");

			assertThat(revision.branchLabels()).isEmpty();
			assertThat(revision.dependsOn()).isEmpty();
		}

		@Test
		void readsNonTransactionalRevisionsAndPhasesIgnoringCase() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: none
					-- transactional: FALSE
					-- phase: Contract
					-- migrate:upgrade
					CREATE INDEX CONCURRENTLY users_phone ON users (phone);
					""");

			assertThat(revision.transactional()).isFalse();
			assertThat(revision.phase()).isEqualTo(Phase.CONTRACT);
		}

		@Test
		void keepsEverythingAfterTheFirstColonInTheMessage() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: none
					--message:   fix: users.phone is optional\s\s
					-- migrate:upgrade
					SELECT 1;
					""");

			assertThat(revision.message()).isEqualTo("fix: users.phone is optional");
		}

		@Test
		void allowsBlankLinesInTheHeaderAndCommentsBeforeTheUpgradeMarker() {
			Revision revision = parse("""

					-- revision: 4f2a

					-- down_revision: none

					-- Adds the phone column. Backfilled by revision 5e6f.
					-- Note: review with the accounts team

					-- migrate:upgrade
					SELECT 1;
					""");

			assertThat(revision.id()).isEqualTo("4f2a");
			assertThat(sql(revision).upgradeLine()).isEqualTo(10);
		}

		@Test
		void matchesMarkersIgnoringCaseAndSurroundingWhitespace() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: none
					   --   MIGRATE:Upgrade\t
					SELECT 1;
					--migrate:DOWNGRADE
					SELECT 2;
					""");

			assertThat(sql(revision).upgradeSql()).isEqualTo("SELECT 1;");
			assertThat(sql(revision).downgradeSql()).isEqualTo("SELECT 2;");
		}

		@Test
		void keepsAllowCommentsOfEveryCommentFormInTheirSection() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:upgrade
					/* migrate:allow drop-column unused since 2024 */
					# MIGRATE:ALLOW drop-column unused since 2024
					ALTER TABLE users DROP COLUMN fax; -- migrate:allow drop-column unused since 2024
					-- migrate:downgrade
					-- the comments above are not markers; these neither:
					-- migrate the users table back
					SELECT 2;
					""");

			assertThat(sql(revision).upgradeSql()).startsWith("/* migrate:allow").endsWith("since 2024");
			assertThat(sql(revision).downgradeSql()).endsWith("SELECT 2;");
		}

		@Test
		void acceptsAnUpgradeSectionOfOnlyBlankLinesAndCommentsAsRunningNothing() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: 1b7d
					-- migrate:upgrade

					-- TODO
					-- migrate:downgrade
					""");

			assertThat(sql(revision).upgradeSql()).isEqualTo("\n-- TODO");
			assertThat(parse("-- revision: 4f2a\n-- down_revision: 1b7d\n-- migrate:upgrade").isReversible()).isFalse();
		}

		@Test
		void acceptsTheSqlExtensionInAnyCase() {
			String text = "-- revision: 4f2a\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;\n";
			assertThat(RevisionFileParserTest.this.parser.parse("db/revisions/4f2a.SQL", text).id()).isEqualTo("4f2a");
			assertThat(RevisionFileParserTest.this.parser.parse("db/revisions/4f2a.Sql", text).id()).isEqualTo("4f2a");
		}

		@Test
		void keepsOtherMigrateCommentsInsideSectionsAsSql() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:upgrade
					-- migrate:allow drop-column reason: column unused since 2024
					ALTER TABLE users DROP COLUMN fax;
					""");

			assertThat(sql(revision).upgradeSql())
				.startsWith("-- migrate:allow drop-column")
				.endsWith("DROP COLUMN fax;");
		}

		@Test
		void recordsSectionStartLinesSoStatementLinesCanBeComputed() {
			Revision revision = parse("""
					-- revision: 4f2a
					-- down_revision: none

					-- migrate:upgrade

					CREATE TABLE a (id int);
					CREATE TABLE b (id int);
					-- migrate:downgrade
					DROP TABLE b;
					DROP TABLE a;
					""");

			SqlBody body = sql(revision);
			String[] upgradeLines = body.upgradeSql().split("\n", -1);
			int lineOfCreateB = body.upgradeLine()
					+ Arrays.asList(upgradeLines).indexOf("CREATE TABLE b (id int);");
			assertThat(lineOfCreateB).isEqualTo(7);
			assertThat(body.downgradeLine()).isEqualTo(9);
			assertThat(body.downgradeSql()).isEqualTo("DROP TABLE b;\nDROP TABLE a;");
		}

		@Test
		void readsCrlfAndCrLineEndingsLikeLf() {
			String lf = "-- revision: 4f2a\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;\nSELECT 2;\n"
					+ "-- migrate:downgrade\nSELECT 3;\n";
			Revision expected = parse(lf);

			Revision crlf = parse(lf.replace("\n", "\r\n"));
			Revision cr = parse(lf.replace("\n", "\r"));

			assertThat(crlf).isEqualTo(expected);
			assertThat(cr).isEqualTo(expected);
			assertThat(sql(crlf).upgradeSql()).isEqualTo("SELECT 1;\nSELECT 2;");
			assertThat(sql(crlf).downgradeLine()).isEqualTo(7);
		}

		@Test
		void skipsAUtf8ByteOrderMark() {
			String text = "\uFEFF-- revision: 4f2a\n-- down_revision: none\n-- migrate:upgrade\nSELECT 'é';\n";

			Revision fromText = parse(text);
			Revision fromBytes = RevisionFileParserTest.this.parser.parse(FILE, text.getBytes(StandardCharsets.UTF_8));

			assertThat(fromText.id()).isEqualTo("4f2a");
			assertThat(fromBytes).isEqualTo(fromText);
			assertThat(sql(fromBytes).upgradeSql()).isEqualTo("SELECT 'é';");
		}

		@Test
		void acceptsAFileNamedExactlyAfterTheRevisionOnAnyKindOfSourceName() {
			String text = "-- revision: 4f2a\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;";

			assertThat(RevisionFileParserTest.this.parser.parse("4f2a.sql", text).id()).isEqualTo("4f2a");
			assertThat(RevisionFileParserTest.this.parser.parse("classpath:db/revisions/sub/4f2a.sql", text).id())
				.isEqualTo("4f2a");
			assertThat(RevisionFileParserTest.this.parser.parse("C:\\revisions\\4f2a_x.sql", text).id())
				.isEqualTo("4f2a");
		}

		@Test
		void checksumIgnoresMessagePhaseLabelsAndDowngrade() {
			Revision original = parse("""
					-- revision: 4f2a
					-- down_revision: none
					-- message: add phone
					-- migrate:upgrade
					ALTER TABLE users ADD COLUMN phone varchar(20);
					-- migrate:downgrade
					ALTER TABLE users DROP COLUMN phone;
					""");
			Revision edited = parse("""
					-- revision: 4f2a
					-- down_revision: none
					-- message: add a phone number to users
					-- phase: expand
					-- branch_labels: accounts
					-- migrate:upgrade
					ALTER TABLE users ADD COLUMN phone varchar(20);\s\s

					-- migrate:downgrade
					ALTER TABLE users DROP COLUMN IF EXISTS phone;
					""");

			assertThat(edited.checksum()).isEqualTo(original.checksum());
		}

		@Test
		void checksumChangesWithTheUpgradeSqlOrTheTransactionalMode() {
			String text = """
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:upgrade
					ALTER TABLE users ADD COLUMN phone varchar(20);
					""";
			String original = parse(text).checksum();

			assertThat(parse(text.replace("20", "30")).checksum()).isNotEqualTo(original);
			assertThat(parse(text.replace("-- migrate:upgrade", "-- transactional: false\n-- migrate:upgrade"))
				.checksum()).isNotEqualTo(original);
			assertThat(parse(text.replace("-- migrate:upgrade", "-- transactional: true\n-- migrate:upgrade"))
				.checksum()).isEqualTo(original);
		}

	}

	@Nested
	class MalformedFiles {

		private void assertFailure(RevisionFileException failure, int line, String problem) {
			assertFailure(failure, line, problem, FILE);
		}

		private void assertFailure(RevisionFileException failure, int line, String problem, String file) {
			assertThat(failure).as("expected a RevisionFileException").isNotNull();
			assertThat(failure.file()).isEqualTo(file);
			assertThat(failure.line()).isEqualTo(line);
			assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_REVISION);
			assertThat(failure).hasMessageStartingWith(file + ":" + line + ": " + problem);
		}

		@Test
		void rejectsAFileWithoutRevisionShowingTheLineToAdd() {
			assertFailure(failure("""
					-- down_revision: none
					-- migrate:upgrade
					SELECT 1;
					"""), 1, "missing header line 'revision'; add '-- revision: 4f2a' as the first line of the file");
		}

		@Test
		void rejectsAnEmptyFileAsMissingItsRevision() {
			assertFailure(failure(""), 1, "missing header line 'revision'");
		}

		@Test
		void rejectsAFileWithoutDownRevisionShowingTheLineToAdd() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- migrate:upgrade
					SELECT 1;
					"""), 1, "missing header line 'down_revision'; add '-- down_revision: <parent revision id>' "
					+ "to the header, or '-- down_revision: none' if '4f2a' is a base revision");
		}

		@Test
		void rejectsAnUnknownHeaderKeyListingTheAllowedKeys() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- phasee: expand
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "unknown header key 'phasee'; allowed keys: revision, down_revision, message, phase, "
					+ "branch_labels, depends_on, transactional");
		}

		@Test
		void rejectsADuplicateHeaderKeyNamingTheFirstLine() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- phase: expand
					-- down_revision: none
					-- Phase: contract
					-- migrate:upgrade
					SELECT 1;
					"""), 4, "duplicate header key 'phase' (first on line 2)");
		}

		@Test
		void rejectsABadRevisionId() {
			assertFailure(failure("""
					-- revision: 4f2a-x
					-- down_revision: none
					-- migrate:upgrade
					SELECT 1;
					"""), 1, "invalid id '4f2a-x' in revision; use letters, digits and '_' (at most 64 characters)");
		}

		@Test
		void rejectsAnEmptyRevisionId() {
			assertFailure(failure("-- revision:\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;"), 1,
					"empty value for 'revision'; write the revision id, e.g. '-- revision: 4f2a'");
		}

		@Test
		void rejectsABadIdInDownRevision() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: 1b7d, 9c0f.x
					-- migrate:upgrade
					SELECT 1;
					"""), 2, "invalid id '9c0f.x' in down_revision");
		}

		@Test
		void rejectsABadIdInDependsOn() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- depends_on: 9c0f 1b7d
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "invalid id '9c0f 1b7d' in depends_on");
		}

		@Test
		void rejectsABadBranchLabel() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- branch_labels: accounts, bill-ing
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "invalid id 'bill-ing' in branch_labels");
		}

		@Test
		void rejectsAnIdListedTwice() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: 1b7d, 1b7d
					-- migrate:upgrade
					SELECT 1;
					"""), 2, "down_revision lists '1b7d' twice; list each id once");
		}

		@Test
		void rejectsEmptyListElements() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: a,,b
					-- migrate:upgrade
					SELECT 1;
					"""), 2, "empty element in down_revision 'a,,b'; separate ids with single commas");
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- depends_on: a,
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "empty element in depends_on 'a,'");
		}

		@Test
		void rejectsAnEmptyDownRevision() {
			assertFailure(failure("-- revision: 4f2a\n-- down_revision:\n-- migrate:upgrade\nSELECT 1;"), 2,
					"empty value for 'down_revision'; write the parent revision id(s), "
							+ "or '-- down_revision: none' for a base revision");
		}

		@Test
		void rejectsNoneCombinedWithParents() {
			assertFailure(failure("-- revision: 4f2a\n-- down_revision: none, 1b7d\n-- migrate:upgrade\nSELECT 1;"),
					2, "'none' in down_revision 'none, 1b7d' cannot be combined with parents");
		}

		@Test
		void rejectsARevisionListingItselfAsDownRevision() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- message: oops
					-- down_revision: 1b7d, 4f2a
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "revision '4f2a' lists itself in down_revision; name its parent revision(s), "
					+ "or 'none' for a base revision");
		}

		@Test
		void rejectsARevisionDependingOnItself() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- depends_on: 4f2a
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "revision '4f2a' lists itself in depends_on");
		}

		@Test
		void rejectsABadPhase() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- phase: expnad
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "invalid phase 'expnad'; use expand, migrate or contract");
		}

		@Test
		void rejectsABadTransactionalValue() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- transactional: yes
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "invalid transactional value 'yes'; use true or false");
		}

		@Test
		void rejectsASecondUpgradeSection() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:upgrade
					SELECT 1;
					-- migrate:upgrade
					SELECT 2;
					"""), 5, "second '-- migrate:upgrade' marker (the first is on line 3)");
		}

		@Test
		void rejectsAnUpgradeSectionAfterTheDowngradeSection() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:upgrade
					SELECT 1;
					-- migrate:downgrade
					SELECT 2;
					-- MIGRATE:UPGRADE
					SELECT 3;
					"""), 7, "second '-- migrate:upgrade' marker (the first is on line 3)");
		}

		@Test
		void rejectsASecondDowngradeSection() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:upgrade
					SELECT 1;
					-- migrate:downgrade
					SELECT 2;
					-- migrate:downgrade
					SELECT 3;
					"""), 7, "second '-- migrate:downgrade' marker (the first is on line 5)");
		}

		@Test
		void rejectsADowngradeSectionBeforeTheUpgradeSection() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:downgrade
					SELECT 2;
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "'-- migrate:downgrade' comes before '-- migrate:upgrade'; put the upgrade section first");
		}

		@Test
		void rejectsAFileWithoutUpgradeSectionAtItsLastLine() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- message: forgot the marker

					"""), 4, "no '-- migrate:upgrade' section; add the line '-- migrate:upgrade' after the header");
		}

		@Test
		void rejectsSqlBeforeTheUpgradeMarker() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none

					ALTER TABLE users ADD COLUMN phone varchar(20);
					-- migrate:upgrade
					SELECT 1;
					"""), 4, "SQL before the '-- migrate:upgrade' marker");
		}

		@Test
		void rejectsAHeaderLineSeparatedFromTheHeaderByAComment() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- adds the phone column
					-- down_revision: none
					-- migrate:upgrade
					SELECT 1;
					"""), 3, "header line '-- down_revision: none' comes after the end of the header (line 2 is "
					+ "neither a '-- key: value' line nor blank)");
		}

		@Test
		void rejectsAMisspelledSectionMarker() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate: upgrade
					SELECT 1;
					"""), 3, "'-- migrate: upgrade' is not a section marker; a line starting with '-- migrate:' must "
					+ "be exactly '-- migrate:upgrade', '-- migrate:downgrade' or '-- migrate:allow <rule> <reason>' "
					+ "(did you mean '-- migrate:upgrade'?)");
		}

		/** Each of these, in place of a downgrade marker, used to pass as a comment and run the downgrade on upgrade. */
		@ParameterizedTest
		@ValueSource(strings = { "-- migrate: downgrade", "-- migrate:downgrade  -- revert", "-- migrate:down",
				"-- migrate:downgrade:", "-- MIGRATE: DOWNGRADE", "-- migrate :downgrade", "-- migrate:downgrade;",
				"-- migrate:down grade", "/* migrate:downgrade */", "# migrate:downgrade", "#migrate:downgrade",
				"// migrate:downgrade", "-- migrate downgrade", "-- migrate-downgrade", "---migrate:downgrade",
				"-- [migrate:downgrade]", "--\u00A0migrate:downgrade", "-- migrate\uFF1Adowngrade",
				"--\u200Bmigrate:downgrade", "-- migrate: allow drop-column not an allow comment",
				"ALTER TABLE fz_base DROP COLUMN phone; -- migrate:downgrade" })
		void rejectsEveryLineThatLooksLikeAMarkerButIsNone(String marker) {
			RevisionFileException failure = failure("""
					-- revision: 4f2a
					-- down_revision: 1b7d
					-- phase: expand

					-- migrate:upgrade
					ALTER TABLE fz_base ADD COLUMN phone varchar(20);
					%s
					ALTER TABLE fz_base DROP COLUMN phone;
					""".formatted(marker));

			assertThat(failure).as(marker).isNotNull();
			assertThat(failure.file()).isEqualTo(FILE);
			assertThat(failure.line()).isEqualTo(7);
			assertThat(failure).hasMessageStartingWith(FILE + ":7: ")
				.hasMessageContaining("'-- migrate:upgrade', '-- migrate:downgrade' or '-- migrate:allow <rule> <reason>'");
		}

		@Test
		void rejectsAMarkerInABlockCommentSayingMarkersAreLineComments() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:upgrade
					SELECT 1;
					/* migrate:downgrade */
					SELECT 2;
					"""), 5, "'/* migrate:downgrade */' is not a section marker: markers are '--' line comments, "
					+ "not '/*' comments");
		}

		@Test
		void rejectsAnAllowCommentBeforeTheUpgradeSection() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:allow drop-table legacy table
					-- migrate:upgrade
					DROP TABLE legacy;
					"""), 3, "'-- migrate:allow drop-table legacy table' comes before the '-- migrate:upgrade' marker");
		}

		@Test
		void rejectsANulCharacterNamingItsLine() {
			assertFailure(failure("-- revision: 4f2a\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;\n"
					+ "SELECT '\0';\n"), 5, "the file contains a NUL character (byte 0)");
		}

		@Test
		void rejectsUtf16WithOrWithoutByteOrderMark() {
			String text = "-- revision: 4f2a\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;\n";
			for (java.nio.charset.Charset charset : new java.nio.charset.Charset[] { StandardCharsets.UTF_16,
					StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
				byte[] bytes = text.getBytes(charset);
				RevisionFileException failure = catchThrowableOfType(
						() -> RevisionFileParserTest.this.parser.parse(FILE, bytes), RevisionFileException.class);
				assertThat(failure).as(charset.name()).isNotNull();
				assertThat(failure.line()).as(charset.name()).isEqualTo(1);
				assertThat(failure).as(charset.name()).hasMessageContaining("UTF-8");
			}
		}

		@Test
		void rejectsAByteOrderMarkAfterTheStartOfTheFile() {
			assertFailure(failure("""
					-- revision: 4f2a
					-- down_revision: none
					-- migrate:upgrade
					SELECT 1;
					\uFEFF-- migrate:downgrade
					SELECT 2;
					"""), 5, "a byte order mark (U+FEFF) inside the file");
		}

		@ParameterizedTest
		@ValueSource(strings = { "none", "head", "heads", "base", "HEAD", "Base" })
		void rejectsTheTargetWordsAsIdsLabelsAndDependencies(String word) {
			String reserved = "is a reserved word (none, base, head, heads are targets)";
			assertFailure(failure("db/revisions/" + word + "_x.sql", "-- revision: " + word
					+ "\n-- down_revision: 1b7d\n-- migrate:upgrade\nSELECT 1;\n"), 1, "'" + word + "' in revision "
					+ reserved, "db/revisions/" + word + "_x.sql");
			assertFailure(failure("-- revision: 4f2a\n-- down_revision: 1b7d\n-- branch_labels: accounts, " + word
					+ "\n-- migrate:upgrade\nSELECT 1;\n"), 3, "'" + word + "' in branch_labels " + reserved);
			assertFailure(failure("-- revision: 4f2a\n-- down_revision: 1b7d\n-- depends_on: " + word
					+ "\n-- migrate:upgrade\nSELECT 1;\n"), 3, "'" + word + "' in depends_on " + reserved);
		}

		@Test
		void rejectsAFileNameThatDoesNotStartWithTheRevisionId() {
			String text = "-- down_revision: none\n-- revision: 4f2a\n-- migrate:upgrade\nSELECT 1;";

			RevisionFileException failure = failure("db/revisions/4f2b_add_phone.sql", text);
			assertThat(failure).hasMessage("db/revisions/4f2b_add_phone.sql:2: file name '4f2b_add_phone.sql' does "
					+ "not start with revision id '4f2a'; name the file '4f2a_<slug>.sql' or correct the "
					+ "'-- revision:' line");
			assertThat(failure.line()).isEqualTo(2);
			assertThat(failure("db/revisions/4f2ab_add_phone.sql", text)).hasMessageContaining(
					"file name '4f2ab_add_phone.sql' does not start with revision id '4f2a'");
			assertThat(failure("db/revisions/4f2a.sql.sql", text)).hasMessageContaining(
					"file name '4f2a.sql.sql' does not start with revision id '4f2a'");
		}

		@Test
		void rejectsBytesThatAreNotUtf8NamingTheLine() {
			byte[] latin1 = "-- revision: 4f2a\r\n-- down_revision: none\r\n-- migrate:upgrade\r\nSELECT 'é';"
				.getBytes(StandardCharsets.ISO_8859_1);

			RevisionFileException failure = catchThrowableOfType(
					() -> RevisionFileParserTest.this.parser.parse(FILE, latin1), RevisionFileException.class);

			assertFailure(failure, 4, "the file is not valid UTF-8; save it with UTF-8 encoding");
		}

	}

}
