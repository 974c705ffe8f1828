package dev.migrate.core.guard;

import java.util.EnumSet;
import java.util.Set;

import dev.migrate.core.revision.Phase;

/**
 * The one place where a revision's phase decides how serious a finding is. The principle:
 * <ul>
 * <li>A <em>destructive</em> statement (a drop, {@code TRUNCATE}, {@code DELETE}, a new {@code NOT
 * NULL} rule on existing rows) breaks only the application version that still runs. It blocks
 * outside a {@code contract} revision and is {@link Severity#INFO} inside one: contract revisions
 * run once no old instance is left.</li>
 * <li>A <em>locking</em> hazard (a table rewrite, an index build or a scan under a strong lock)
 * takes the running version down by locking whatever the phase, so its severity never depends on
 * the phase. {@code SET NOT NULL} is both on PostgreSQL (it scans the table under an
 * {@code ACCESS EXCLUSIVE} lock) and keeps its severity there.</li>
 * <li>Everything else (renames, type changes, revision and graph rules) breaks both versions or
 * the deploy itself and keeps its severity in every phase.</li>
 * </ul>
 * {@code docs/guard.md} gives each rule's severities and the reason.
 */
final class PhasePolicy {

	/** Rules whose findings are expected, hence info, in a contract revision. */
	static final Set<Rule> DESTRUCTIVE = EnumSet.of(Rule.DROP_TABLE, Rule.DROP_COLUMN, Rule.DROP_OBJECT,
			Rule.DROP_CONSTRAINT, Rule.TRUNCATE, Rule.DELETE_ALL_ROWS, Rule.DELETE_ROWS, Rule.SET_NOT_NULL);

	private PhasePolicy() {
	}

	/**
	 * The severity of a finding of {@code rule} that is {@code base} outside a contract revision,
	 * in a revision of {@code phase} ({@code null}: none declared) on {@code dialect}.
	 */
	static Severity severity(Rule rule, Severity base, Phase phase, String dialect) {
		return severity(rule, base, phase, dialect, true);
	}

	/**
	 * As {@link #severity(Rule, Severity, Phase, String)}, for a contract revision that applies
	 * at once when {@code contractWaits} is false ({@code migrate.contract=startup}: no wait for
	 * the old version to go): a destructive finding there is at most a warning, not info.
	 */
	static Severity severity(Rule rule, Severity base, Phase phase, String dialect, boolean contractWaits) {
		if (phase != Phase.CONTRACT || !DESTRUCTIVE.contains(rule)) {
			return base;
		}
		if (locksOnContract(rule, dialect)) {
			return base;
		}
		return (contractWaits || base == Severity.INFO) ? Severity.INFO : Severity.WARNING;
	}

	/** Whether a destructive rule is also a locking hazard on {@code dialect}, so the contract phase does not excuse it. */
	static boolean locksOnContract(Rule rule, String dialect) {
		return rule == Rule.SET_NOT_NULL && dialect.equals("postgresql");
	}

}
