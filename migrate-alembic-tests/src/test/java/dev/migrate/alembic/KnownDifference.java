package dev.migrate.alembic;

import java.util.Set;
import java.util.TreeSet;

/**
 * The allow-list: every place where migrate deliberately answers differently from Alembic 1.8.1,
 * each with its reason (also in docs/revision-graph.md). A case that parts at one of these ends
 * there and is counted and listed in the suite's summary; anything else is a failure.
 */
enum KnownDifference {

	/**
	 * Alembic raised an exception that is not its CommandError (KeyError, IndexError, ...), e.g.
	 * {@code upgrade <rev>+N} past a head. That is a crash, not an answer; migrate refuses with a
	 * message or does what the target defines.
	 */
	ALEMBIC_CRASH("Alembic 1.8.1 crashes with an internal exception instead of answering") {
		@Override
		boolean matches(Comparison c) {
			return c.alembic().crash() && !c.migrate().crash();
		}
	},

	/**
	 * Alembic 1.8.1's {@code _stamp_revs} folds every current head into each destination's step, so
	 * {@code stamp heads} deletes a current head on an unrelated branch. migrate keeps it.
	 */
	STAMP_HEADS_DROPS_UNRELATED_HEAD("Alembic 1.8.1 stamp heads deletes a current head of an unrelated branch") {
		@Override
		boolean matches(Comparison c) {
			if (!c.command().op().equals("stamp") || !c.alembic().ok() || !c.migrate().ok()
					|| !c.alembicAfter().ran().equals(c.migrateAfter().ran())) {
				return false;
			}
			Set<String> missing = new TreeSet<>(c.migrateAfter().versions());
			missing.removeAll(c.alembicAfter().versions());
			return !missing.isEmpty() && c.migrateAfter().versions().containsAll(c.alembicAfter().versions())
					&& c.before().versions().containsAll(missing);
		}
	},

	/**
	 * Alembic matches any unique prefix (its four-character rule is on the candidate ids, not on the
	 * prefix); PRODUCT.md requires at least four characters, so migrate refuses shorter ones.
	 */
	SHORT_PREFIX("migrate needs at least 4 characters of a prefix (PRODUCT.md); Alembic takes any unique prefix") {
		@Override
		boolean matches(Comparison c) {
			String target = c.command().target();
			String revision = target.substring(target.indexOf('@') + 1).replaceFirst("[+-][0-9]+$", "");
			return !c.migrate().ok() && !c.migrate().crash() && revision.length() < 4
					&& revision.matches("[0-9a-f]+");
		}
	},

	/**
	 * {@code downgrade -N} with several current heads: Alembic goes back from whichever row the
	 * database returns first (and warns that this will be disallowed); migrate refuses and names the heads.
	 */
	RELATIVE_DOWNGRADE_SEVERAL_HEADS("migrate refuses downgrade -N with several current heads; Alembic picks one") {
		@Override
		boolean matches(Comparison c) {
			return c.command().op().equals("downgrade") && c.command().target().matches("-[0-9]+") && !c.migrate().ok()
					&& !c.migrate().crash() && c.before().versions().size() > 1;
		}
	},

	/**
	 * {@code downgrade <label>@base}: Alembic's label also covers the lines before the branch point
	 * (with one base it does not narrow the roots), so it downgrades more; migrate removes the branch.
	 */
	LABEL_BASE_REMOVES_BRANCH_ONLY("migrate's <label>@base removes the branch only; Alembic removes the label's whole lineage") {
		@Override
		boolean matches(Comparison c) {
			return c.command().op().equals("downgrade") && c.command().target().endsWith("@base") && c.alembic().ok()
					&& c.migrate().ok() && c.alembicAfter().ran().size() > c.migrateAfter().ran().size()
					&& c.alembicAfter().ran().containsAll(c.migrateAfter().ran());
		}
	},

	/**
	 * {@code <label>@<rev>} where {@code <rev>} is not on the label's branch: Alembic does not check
	 * the label in a downgrade; migrate refuses.
	 */
	/**
	 * After a downgrade through a merge, Alembic 1.8.1's HeadMaintainer re-inserts the merge's
	 * down_revisions even where another row already needs one of them, leaving a redundant row; migrate
	 * keeps the heads of the same applied set. Matches only when both ran the same revisions, both row sets
	 * stand for the same applied set, and Alembic's rows are migrate's plus redundant ones.
	 */
	ALEMBIC_REDUNDANT_ROWS("Alembic 1.8.1 re-inserts a row that another row already needs; migrate keeps the heads only") {
		@Override
		boolean matches(Comparison c) {
			return c.command().op().equals("downgrade") && c.alembic().ok() && c.migrate().ok()
					&& c.alembicAfter().ran().equals(c.migrateAfter().ran())
					&& c.alembicAfter().versions().size() > c.migrateAfter().versions().size()
					&& c.alembicAfter().versions().containsAll(c.migrateAfter().versions())
					&& c.graph().applied(c.alembicAfter().versions()).equals(c.graph().applied(c.migrateAfter().versions()));
		}
	},

	/**
	 * {@code downgrade <rev>-N} whose walk ends just before the base of {@code <rev>}'s line: Alembic 1.8.1
	 * turns that into "base", which means every base, and downgrades the unrelated branches too (their
	 * data lost); migrate cuts the base of {@code <rev>}'s line only. Matches only when Alembic ends with
	 * no rows, ran everything migrate ran and more, and migrate's remaining rows were untouched rows.
	 */
	REV_MINUS_N_TO_BASE_REMOVES_EVERY_BRANCH("Alembic 1.8.1's <rev>-N reaching base downgrades every branch; migrate only <rev>'s line") {
		@Override
		boolean matches(Comparison c) {
			return c.command().op().equals("downgrade") && c.command().target().matches("[0-9a-f]{4,}-[0-9]+")
					&& c.alembic().ok() && c.migrate().ok() && c.alembicAfter().versions().isEmpty()
					&& c.alembicAfter().ran().size() > c.migrateAfter().ran().size()
					&& c.alembicAfter().ran().containsAll(c.migrateAfter().ran())
					&& c.before().versions().containsAll(c.migrateAfter().versions());
		}
	},

	LABEL_REV_OFF_BRANCH("migrate refuses <label>@<rev> with <rev> off the branch; Alembic ignores the label") {
		@Override
		boolean matches(Comparison c) {
			// A downgrade looks <rev> up over the whole graph (as Alembic does), so a revision off the
			// branch is found and then refused as not on it; an upgrade's prefix off the branch fails on both sides.
			return !c.migrate().ok() && !c.migrate().crash() && c.command().target().contains("@")
					&& c.migrate().message().contains("is not on branch");
		}
	};

	private final String reason;

	KnownDifference(String reason) {
		this.reason = reason;
	}

	String reason() {
		return this.reason;
	}

	abstract boolean matches(Comparison comparison);

	/** The known difference that explains a disagreement, or {@code null}. */
	static KnownDifference classify(Comparison comparison) {
		for (KnownDifference difference : values()) {
			if (difference.matches(comparison)) {
				return difference;
			}
		}
		return null;
	}

	/** A known difference seen in a command both sides otherwise agree on (both refused), or {@code null}. */
	static KnownDifference noteFor(Comparison comparison) {
		return ALEMBIC_CRASH.matches(comparison) ? ALEMBIC_CRASH : null;
	}

}
