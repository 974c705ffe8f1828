package dev.migrate.core.revision;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTest {

	@Test
	void isLowercaseHexSha256OfTransactionalFlagAndNormalizedSql() {
		// printf 'transactional: true\nSELECT 1;' | sha256sum
		assertThat(Checksums.ofSql("\nSELECT 1;  \n\n", true))
			.isEqualTo("12631721c1fe0314f19a8c2471dfd63137d2f558f21543e32653b6327b2b6a88");
	}

	@Test
	void ignoresLineEndingsTrailingWhitespaceAndSurroundingBlankLines() {
		String reference = Checksums.ofSql("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);", true);

		assertThat(Checksums.ofSql("CREATE TABLE t (id int);\r\nINSERT INTO t VALUES (1);\r\n", true))
			.isEqualTo(reference);
		assertThat(Checksums.ofSql("CREATE TABLE t (id int);\rINSERT INTO t VALUES (1);", true)).isEqualTo(reference);
		assertThat(Checksums.ofSql("CREATE TABLE t (id int);  \t\nINSERT INTO t VALUES (1);   ", true))
			.isEqualTo(reference);
		assertThat(Checksums.ofSql("\n\n   \nCREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n\n \n", true))
			.isEqualTo(reference);
	}

	@Test
	void changesWhenTheSqlChanges() {
		String reference = Checksums.ofSql("ALTER TABLE users ADD COLUMN phone varchar(20);", true);

		assertThat(Checksums.ofSql("ALTER TABLE users ADD COLUMN phone varchar(30);", true)).isNotEqualTo(reference);
		assertThat(Checksums.ofSql("ALTER TABLE users ADD COLUMN phone varchar(20); -- note", true))
			.isNotEqualTo(reference);
		assertThat(Checksums.ofSql("  ALTER TABLE users ADD COLUMN phone varchar(20);", true)).isNotEqualTo(reference);
	}

	@Test
	void changesWhenTheTransactionalModeChanges() {
		assertThat(Checksums.ofSql("SELECT 1;", false)).isEqualTo(
				"4fd4fafde671e9c299de05dd3dfc3339071b7496e4f2dfa6884d3be5e95a4946");
		assertThat(Checksums.ofSql("SELECT 1;", false)).isNotEqualTo(Checksums.ofSql("SELECT 1;", true));
	}

	@Test
	void aSectionAsEditorsSaveItTakesTheQuickWay() {
		// the upgrade section of a file with a blank line before '-- migrate:downgrade'
		assertThat(Checksums.quickNormalize("CREATE TABLE t (id int);\n\nINSERT INTO t VALUES (1);\n\n"))
			.isEqualTo("CREATE TABLE t (id int);\n\nINSERT INTO t VALUES (1);");
		assertThat(Checksums.quickNormalize("CREATE TABLE t (id int);  \nINSERT INTO t VALUES (1);")).isNull();
		assertThat(Checksums.quickNormalize("CREATE TABLE t (id int);\r\nINSERT INTO t VALUES (1);")).isNull();
	}

	@Test
	void hashesAnAsciiSectionFromTheFileBytesAsFromItsText() {
		byte[] file = "-- migrate:upgrade\nSELECT 1;  \n\n-- migrate:downgrade\n".getBytes(StandardCharsets.US_ASCII);

		// printf 'transactional: true\nSELECT 1;' | sha256sum, as above
		assertThat(Checksums.ofAsciiSql("SELECT 1;  \n", true, file, 19))
			.isEqualTo("12631721c1fe0314f19a8c2471dfd63137d2f558f21543e32653b6327b2b6a88");
		byte[] trailing = "a;  \nb;".getBytes(StandardCharsets.US_ASCII);
		assertThat(Checksums.ofAsciiSql("a;  \nb;", false, trailing, 0)).isEqualTo(Checksums.ofSql("a;\nb;", false));
	}

	@Test
	void keepsBlankLinesBetweenStatements() {
		assertThat(Checksums.normalize("\r\na;  \r\n\r\nb;\r\n\r\n")).isEqualTo("a;\n\nb;");
	}

	@Property
	void isTheSameForLfAndCrlfLineEndings(@ForAll @Size(max = 8) List<@CharRange(from = ' ', to = '~') String> lines,
			@ForAll boolean transactional) {
		assertThat(Checksums.ofSql(String.join("\r\n", lines), transactional))
			.isEqualTo(Checksums.ofSql(String.join("\n", lines), transactional));
	}

	@Property(tries = 2000)
	void theQuickWayAgreesWithNormalizingLineByLine(
			@ForAll @Size(max = 40) List<@Chars({ ' ', '\t', '\n', '\r', 'a', ';', '\u000B', '\u2028' }) Character> chars) {
		StringBuilder sql = new StringBuilder();
		chars.forEach(sql::append);
		String text = sql.toString();
		assertThat(Checksums.normalize(text)).isEqualTo(Checksums.normalizeByLines(text));
		String quick = Checksums.quickNormalize(text);
		if (quick != null) {
			assertThat(quick).isEqualTo(Checksums.normalizeByLines(text));
		}
	}

}
