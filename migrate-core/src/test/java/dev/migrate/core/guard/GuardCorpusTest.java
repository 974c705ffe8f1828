package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;

/**
 * Scores the guard on its labelled corpus ({@code guard/corpus/<dialect>/*.sql}): each revision
 * says which rules must block it ({@code -- expect blocking = rule, rule} or {@code = safe}), with
 * unsafe statements hidden behind comments, strings, dollar-quoted bodies, quoted identifiers, odd
 * case and spacing and multi-action ALTER TABLEs, and safe look-alikes. Recall and precision of
 * blocking findings, counted per revision and rule, must both be at least 0.97; the per-rule
 * confusion is printed. {@code benchmarks/guard-vs-squawk.sh} runs squawk on the same files.
 */
class GuardCorpusTest {

	private static final Pattern LABEL = Pattern.compile("(?m)^-- expect blocking = (.+)$");

	record Scored(String file, Set<String> expected, Set<String> actual) {
	}

	/** Counts for one rule: true positives, false positives, false negatives. */
	static final class Counts {

		int truePositives;

		int falsePositives;

		int falseNegatives;

	}

	private static Path corpus(String dialect) throws URISyntaxException {
		return Path.of(GuardCorpusTest.class.getResource("/guard/corpus/" + dialect).toURI());
	}

	static Set<String> label(String text, Path file) {
		Matcher matcher = LABEL.matcher(text);
		assertThat(matcher.find()).as("label line '-- expect blocking = ...' in %s", file).isTrue();
		String value = matcher.group(1).strip();
		if (value.equals("safe")) {
			return Set.of();
		}
		Set<String> rules = Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
		assertThat(rules).as("rules named in %s", file).allMatch(rule -> Rule.byId(rule).isPresent());
		return rules;
	}

	private static List<Scored> score(String dialectName, Dialect dialect) throws Exception {
		List<Scored> scored = new ArrayList<>();
		Guard guard = new Guard(dialect);
		RevisionFileParser parser = new RevisionFileParser();
		try (Stream<Path> files = Files.list(corpus(dialectName))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".sql")).sorted().toList()) {
				String text = Files.readString(file);
				Revision revision = parser.parse(file.getFileName().toString(), text);
				Set<String> actual = guard.check(revision).stream().filter(Finding::isBlocking).map(Finding::rule)
					.collect(Collectors.toCollection(TreeSet::new));
				scored.add(new Scored(file.getFileName().toString(), label(text, file), actual));
			}
		}
		return scored;
	}

	static Map<String, Counts> confusion(List<Scored> scored) {
		Map<String, Counts> byRule = new TreeMap<>();
		for (Scored one : scored) {
			Set<String> rules = new TreeSet<>(one.expected());
			rules.addAll(one.actual());
			for (String rule : rules) {
				Counts counts = byRule.computeIfAbsent(rule, key -> new Counts());
				boolean expected = one.expected().contains(rule);
				boolean actual = one.actual().contains(rule);
				if (expected && actual) {
					counts.truePositives++;
				}
				else if (actual) {
					counts.falsePositives++;
				}
				else {
					counts.falseNegatives++;
				}
			}
		}
		return byRule;
	}

	@Test
	void recallAndPrecisionOfBlockingFindingsAreAtLeast97Percent() throws Exception {
		List<Scored> scored = new ArrayList<>(score("postgresql", new PostgresDialect()));
		scored.addAll(score("mariadb", new MariaDbDialect()));
		Map<String, Counts> byRule = confusion(scored);
		int tp = byRule.values().stream().mapToInt(counts -> counts.truePositives).sum();
		int fp = byRule.values().stream().mapToInt(counts -> counts.falsePositives).sum();
		int fn = byRule.values().stream().mapToInt(counts -> counts.falseNegatives).sum();
		double recall = tp / (double) (tp + fn);
		double precision = tp / (double) (tp + fp);
		StringBuilder report = new StringBuilder(String.format("Guard corpus: %d revisions (%d labelled safe); "
				+ "recall %.3f, precision %.3f (TP %d, FP %d, FN %d)%n%-30s %4s %4s %4s%n", scored.size(),
				scored.stream().filter(one -> one.expected().isEmpty()).count(), recall, precision, tp, fp, fn, "rule",
				"TP", "FP", "FN"));
		byRule.forEach((rule, counts) -> report.append(String.format("%-30s %4d %4d %4d%n", rule, counts.truePositives,
				counts.falsePositives, counts.falseNegatives)));
		scored.stream().filter(one -> !one.expected().equals(one.actual())).forEach(one -> report
			.append("  differs: ").append(one.file()).append(" expected ").append(one.expected()).append(", got ")
			.append(one.actual()).append('\n'));
		System.out.print(report);
		assertThat(scored).hasSizeGreaterThanOrEqualTo(150);
		assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.97);
		assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(0.97);
	}

	@Test
	void theCorpusHoldsSafeLookAlikesAndEveryBlockingRuleOfTheIssue() throws Exception {
		List<Scored> scored = score("postgresql", new PostgresDialect());
		assertThat(scored.stream().filter(one -> one.expected().isEmpty()).count()).isGreaterThanOrEqualTo(60);
		Set<String> labelled = scored.stream().flatMap(one -> one.expected().stream()).collect(Collectors.toSet());
		assertThat(labelled).contains("drop-table", "drop-column", "drop-constraint", "drop-object", "truncate",
				"delete-all-rows", "delete-rows", "set-not-null", "add-column-not-null", "alter-column-type",
				"create-index-blocking", "drop-index-blocking");
	}

}
