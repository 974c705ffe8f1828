package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.migrate.core.sql.SqlToken;

/**
 * The {@code migrate:allow} comments of one statement: {@code -- migrate:allow <rule-id> <reason>}
 * (or {@code #}, {@code //}, {@code /* ... *}{@code /}) before the statement, inside it, or after
 * its delimiter on the same line. Several rules may be listed with commas:
 * {@code -- migrate:allow drop-column,drop-constraint <reason>}. A comment without a reason, or
 * naming an unknown rule, accepts nothing and is an error finding itself.
 */
final class Suppressions {

	private static final String MARKER = "migrate:allow";

	/** One allow comment. */
	record Allow(List<String> rules, String reason, int line, String text) {
	}

	private Suppressions() {
	}

	/** The allow comments among {@code tokens}, all of them (comments included). */
	static List<Allow> find(List<SqlToken> tokens) {
		List<Allow> allows = new ArrayList<>();
		for (SqlToken token : tokens) {
			if (token.kind() == SqlToken.Kind.COMMENT) {
				parse(token).ifPresent(allows::add);
			}
		}
		return allows;
	}

	private static Optional<Allow> parse(SqlToken comment) {
		String text = commentText(comment.text());
		if (!text.toLowerCase(Locale.ROOT).startsWith(MARKER)) {
			return Optional.empty();
		}
		String rest = text.substring(MARKER.length());
		if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
			return Optional.empty();
		}
		rest = rest.strip();
		int end = 0;
		while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
			end++;
		}
		List<String> rules = Arrays.stream(rest.substring(0, end).split(",")).map(String::strip)
			.filter(rule -> !rule.isEmpty())
			.toList();
		String reason = rest.substring(end).strip();
		return Optional.of(new Allow(rules, reason, comment.line(), "migrate:allow " + rest));
	}

	/** The comment's text without its markers: {@code --}, {@code #}, {@code //} or {@code /* *}{@code /}. */
	private static String commentText(String comment) {
		String text = comment;
		if (text.startsWith("/*")) {
			text = text.substring(2, text.endsWith("*/") ? text.length() - 2 : text.length());
		}
		else if (text.startsWith("--") || text.startsWith("//")) {
			text = text.substring(2);
		}
		else if (text.startsWith("#")) {
			text = text.substring(1);
		}
		return text.strip();
	}

	/**
	 * Applies the allow comments to the findings of one statement: matching findings become
	 * suppressed with the comment's reason; broken comments add error findings.
	 * @param base a finding carrying the statement's revision, file and excerpt, used for new findings
	 */
	static List<Finding> apply(List<Allow> allows, List<Finding> findings, Finding base) {
		List<Finding> result = new ArrayList<>(findings);
		for (Allow allow : allows) {
			List<String> unknown = allow.rules().stream()
				.filter(rule -> Rule.byId(rule).filter(Rule::isSuppressible).isEmpty())
				.toList();
			if (allow.rules().isEmpty() || !unknown.isEmpty()) {
				result.add(problem(base, allow, Rule.ALLOW_UNKNOWN_RULE, "'" + allow.text() + "' names "
						+ (allow.rules().isEmpty() ? "no rule" : "no rule that can be accepted here: " + unknown)
						+ ", so it accepts nothing. Write '-- migrate:allow <rule-id> <reason>' with one of: "
						+ suppressibleIds() + "."));
				continue;
			}
			if (allow.reason().isEmpty()) {
				result.add(problem(base, allow, Rule.ALLOW_WITHOUT_REASON, "'" + allow.text() + "' gives no reason, so "
						+ "it accepts nothing: a deliberate exception needs its reason in the report. Write "
						+ "'-- migrate:allow " + String.join(",", allow.rules()) + " <why this is safe here>'."));
				continue;
			}
			for (int i = 0; i < result.size(); i++) {
				Finding finding = result.get(i);
				if (!finding.suppressed() && allow.rules().stream().anyMatch(rule -> rule.equalsIgnoreCase(finding.rule()))) {
					result.set(i, finding.suppressedBecause(allow.reason()));
				}
			}
		}
		return result;
	}

	private static Finding problem(Finding base, Allow allow, Rule rule, String message) {
		return new Finding(rule.id(), Severity.ERROR, base.revision(), base.file(), allow.line(), base.statement(),
				message, false, null, (allow.line() == base.line()) ? base.column() : 0);
	}

	private static String suppressibleIds() {
		return String.join(", ", Arrays.stream(Rule.values()).filter(Rule::isSuppressible).map(Rule::id).toList());
	}

}
