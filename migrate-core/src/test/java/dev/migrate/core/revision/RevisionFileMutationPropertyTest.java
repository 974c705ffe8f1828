package dev.migrate.core.revision;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.sql.SqlSplitter;
import dev.migrate.core.sql.SqlStatement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random mutations of valid revision files: a marker respelled (spaces, case, punctuation,
 * comment forms, look-alike characters), moved onto the previous line or hidden in a block
 * comment, and the whole file re-encoded (UTF-16, Latin-1, BOM), given other line endings or a
 * NUL. The only outcomes allowed are the original parse (the same statements in the same
 * sections) or a {@link RevisionFileException} naming the file and a line of it: no mutation may
 * move a statement from one section to another, or drop one, without an error.
 */
class RevisionFileMutationPropertyTest {

	private static final String SOURCE = "db/revisions/4f2a9c1d7e3b_mutated.sql";

	private static final SqlSplitter SPLITTER = new SqlSplitter(new PostgresDialect().sqlSyntax());

	private final RevisionFileParser parser = new RevisionFileParser();

	/** A valid file, as lines, and which of them are the markers (-1: no downgrade section). */
	record Original(List<String> lines, int upgradeMarker, int downgradeMarker) {

		String text() {
			return String.join("\n", this.lines) + "\n";
		}

	}

	/** How the chosen marker line is rewritten. */
	interface LineMutation {

		List<String> apply(List<String> lines, int marker);

	}

	/** Replaces the marker line by another spelling. */
	record Respelling(String lead, String opener, String word, String separator, String name, String trail)
			implements LineMutation {

		@Override
		public List<String> apply(List<String> lines, int marker) {
			List<String> result = new ArrayList<>(lines);
			String target = lines.get(marker).contains("downgrade") ? "downgrade" : "upgrade";
			String spelled = this.name.replace("NAME", target).replace("UPPER", target.toUpperCase());
			result.set(marker, this.lead + this.opener + this.word + this.separator + spelled + this.trail);
			return result;
		}

	}

	/** Inserts one character (space, tab, invisible or look-alike) somewhere in the marker line. */
	record Insertion(String character, int position) implements LineMutation {

		@Override
		public List<String> apply(List<String> lines, int marker) {
			List<String> result = new ArrayList<>(lines);
			String line = lines.get(marker);
			int at = Math.floorMod(this.position, line.length() + 1);
			result.set(marker, line.substring(0, at) + this.character + line.substring(at));
			return result;
		}

	}

	/** Joins the marker line to the line before it. */
	record Join(String glue) implements LineMutation {

		@Override
		public List<String> apply(List<String> lines, int marker) {
			List<String> result = new ArrayList<>(lines);
			result.set(marker - 1, lines.get(marker - 1) + this.glue + lines.get(marker));
			result.remove(marker);
			return result;
		}

	}

	/** Wraps the marker in a block comment. */
	record BlockComment(String open, String close) implements LineMutation {

		@Override
		public List<String> apply(List<String> lines, int marker) {
			List<String> result = new ArrayList<>(lines);
			String bare = lines.get(marker).replaceFirst("^--\\s*", "");
			result.set(marker, this.open + bare + this.close);
			return result;
		}

	}

	/** How the whole text becomes bytes. */
	record Transport(String lineEnding, Charset charset, boolean bom, int nulAt, int bomAt) {

		byte[] apply(String text) {
			String result = text.replace("\n", this.lineEnding);
			if (this.nulAt >= 0) {
				int at = this.nulAt % (result.length() + 1);
				result = result.substring(0, at) + '\0' + result.substring(at);
			}
			if (this.bomAt >= 0) {
				int at = 1 + this.bomAt % result.length();
				result = result.substring(0, at) + '\uFEFF' + result.substring(at);
			}
			return ((this.bom ? "\uFEFF" : "") + result).getBytes(this.charset);
		}

	}

	@Property(tries = 3000)
	void aMutatedFileParsesAsTheOriginalOrFailsNamingFileAndLine(@ForAll("originals") Original original,
			@ForAll("lineMutations") LineMutation mutation, @ForAll boolean onDowngradeMarker,
			@ForAll("transports") Transport transport) {
		Revision expected = this.parser.parse(SOURCE, original.text());
		int marker = (onDowngradeMarker && original.downgradeMarker() >= 0) ? original.downgradeMarker()
				: original.upgradeMarker();
		List<String> mutatedLines = mutation.apply(original.lines(), marker);
		byte[] bytes = transport.apply(String.join("\n", mutatedLines) + "\n");
		Revision actual;
		try {
			actual = this.parser.parse(SOURCE, bytes);
		}
		catch (RevisionFileException ex) {
			assertThat(ex.file()).isEqualTo(SOURCE);
			assertThat(ex.line()).isBetween(1, lineBound(bytes));
			assertThat(ex).hasMessageStartingWith(SOURCE + ":" + ex.line() + ": ");
			Statistics.label("outcome").collect("error");
			return;
		}
		catch (RuntimeException ex) {
			throw new AssertionError("not a typed error naming file and line: " + ex, ex);
		}
		assertThat(statements(actual, true)).as("upgrade statements").isEqualTo(statements(expected, true));
		assertThat(statements(actual, false)).as("downgrade statements").isEqualTo(statements(expected, false));
		Statistics.label("outcome").collect("same parse");
	}

	@Property(tries = 200)
	void theOriginalsParseWithTheirStatementsInTheirSections(@ForAll("originals") Original original) {
		Revision revision = this.parser.parse(SOURCE, original.text());
		List<String> upgrade = statements(revision, true);
		assertThat(upgrade).isNotEmpty();
		assertThat(String.join("\n", original.lines().subList(original.upgradeMarker() + 1,
				(original.downgradeMarker() >= 0) ? original.downgradeMarker() : original.lines().size())))
			.contains(upgrade);
		if (original.downgradeMarker() < 0) {
			assertThat(revision.isReversible()).isFalse();
		}
	}

	/** The statements of a section, or {@code null} for an absent downgrade section. */
	private static List<String> statements(Revision revision, boolean upgrade) {
		SqlBody body = (SqlBody) revision.body();
		String sql = upgrade ? body.upgradeSql() : body.downgradeSql();
		if (sql == null) {
			return null;
		}
		return SPLITTER.split(sql).stream().map(SqlStatement::sql).toList();
	}

	/** At most as many lines as the bytes have line breaks, plus one. */
	private static int lineBound(byte[] bytes) {
		int breaks = 0;
		for (byte b : bytes) {
			breaks += (b == '\n' || b == '\r') ? 1 : 0;
		}
		return breaks + 1;
	}

	@Provide
	Arbitrary<Original> originals() {
		Arbitrary<String> statement = Arbitraries.of("CREATE TABLE t%d (id int);",
				"ALTER TABLE fz_base ADD COLUMN c%d varchar(20);", "ALTER TABLE fz_base DROP COLUMN c%d;",
				"INSERT INTO t VALUES (%d, 'a;b -- not a comment');", "UPDATE t SET a = 'x' WHERE id = %d;")
			.flatMap(format -> Arbitraries.integers().between(1, 99).map(n -> String.format(format, n)));
		Arbitrary<String> message = Arbitraries.of("add phone", "café au lait", "migrate the users", "");
		return Combinators.combine(message, statement.list().ofMinSize(1).ofMaxSize(3),
				statement.list().ofMaxSize(3), Arbitraries.integers().between(0, 9), Arbitraries.of(true, false))
			.as((text, upgrade, downgrade, shape, comment) -> {
				List<String> lines = new ArrayList<>(List.of("-- revision: 4f2a9c1d7e3b",
						"-- down_revision: 1b7d0e55aa10", "-- message: " + text, "-- phase: expand", ""));
				int upgradeMarker = lines.size();
				lines.add("-- migrate:upgrade");
				if (comment) {
					lines.add("-- the new column, and its index:");
				}
				lines.addAll(upgrade);
				int downgradeMarker = -1;
				if (shape > 1) {
					if (shape > 5) {
						lines.add("");
					}
					downgradeMarker = lines.size();
					lines.add("-- migrate:downgrade");
					lines.addAll(downgrade);
				}
				return new Original(List.copyOf(lines), upgradeMarker, downgradeMarker);
			});
	}

	@Provide
	Arbitrary<LineMutation> lineMutations() {
		Arbitrary<LineMutation> respelling = Combinators
			.combine(Arbitraries.of("", " ", "\t", "\u00A0", "\u200B"),
					Arbitraries.of("--", "-- ", "--  ", "--\t", "---", "-", "#", "# ", "//", "/*", "/* ", "-- [",
							"--\u00A0", "--\u200B", "- -"),
					Arbitraries.of("migrate", "MIGRATE", "Migrate", "mIgRaTe"),
					Arbitraries.of(":", " :", ": ", " : ", "-", " ", ".", ";", "\uFF1A", "::", ":\u200B", "\u00A0:",
							"_"),
					Arbitraries.of("NAME", "UPPER", "up", "down", "upgrade", "downgrade", "NAME:", "NAME;", "NAMEs",
							"NAME -- revert", "NAME  ", "NAME */", "down grade", "NAME.", "(NAME)"),
					Arbitraries.of("", " ", "\t", " */", "*/", ";", "\u200B", ":"))
			.as(Respelling::new);
		Arbitrary<LineMutation> insertion = Combinators
			.combine(Arbitraries.of(" ", "\t", "\u00A0", "\u200B", "\u2028", "\u0085", "\uFEFF", ":", "-", "*"),
					Arbitraries.integers().between(0, 40))
			.as(Insertion::new);
		Arbitrary<LineMutation> join = Arbitraries.of("", " ", "\t", "  ").map(Join::new);
		Arbitrary<LineMutation> block = Combinators
			.combine(Arbitraries.of("/*", "/* ", "/*-- "), Arbitraries.of("*/", " */", ""))
			.as(BlockComment::new);
		return Arbitraries.oneOf(respelling, insertion, join, block);
	}

	@Provide
	Arbitrary<Transport> transports() {
		return Combinators
			.combine(Arbitraries.of("\n", "\r\n", "\r", "\u0085", "\u2028"),
					Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_16,
							StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1),
					Arbitraries.of(false, true), Arbitraries.integers().between(-400, 400),
					Arbitraries.integers().between(-400, 400))
			// Latin-1 has no U+FEFF: getBytes would write '?' in its place, a change to a statement
			.as((ending, charset, bom, nul, innerBom) -> new Transport(ending, charset,
					bom && charset != StandardCharsets.ISO_8859_1, Math.max(-1, nul),
					(charset == StandardCharsets.ISO_8859_1) ? -1 : Math.max(-1, innerBom)));
	}

}
