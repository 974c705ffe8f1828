package dev.migrate.core.guard;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;

/** Literal revisions for guard tests, checked by one dialect. */
final class GuardFixture {

	/** The file line on which the upgrade section starts in the revisions made here. */
	static final int UPGRADE_LINE = 7;

	private final Dialect dialect;

	GuardFixture(Dialect dialect) {
		this.dialect = dialect;
	}

	static Revision revision(String id, Phase phase, boolean transactional, String upgradeSql) {
		return new Revision(id, List.of("base00000000"), List.of(), Set.of(), "test", phase, transactional,
				"db/revisions/" + id + "_test.sql", null, new SqlBody(upgradeSql, UPGRADE_LINE, null, 0));
	}

	/** The findings of {@code sql} as the upgrade section of a transactional revision of {@code phase}. */
	List<Finding> check(Phase phase, String sql) {
		return new Guard(this.dialect).check(revision("a1b2c3d4e5f6", phase, true, sql));
	}

	/** The findings of {@code sql} in a revision with {@code transactional: false}. */
	List<Finding> checkOutsideTransaction(Phase phase, String sql) {
		return new Guard(this.dialect).check(revision("a1b2c3d4e5f6", phase, false, sql));
	}

	/** The ids of the rules that flag {@code sql} in an expand revision: unsuppressed warnings and errors. */
	Set<String> flags(String sql) {
		return flagged(check(Phase.EXPAND, sql));
	}

	/** Like {@link #flags(String)} in a revision with {@code transactional: false}. */
	Set<String> flagsOutsideTransaction(String sql) {
		return flagged(checkOutsideTransaction(Phase.EXPAND, sql));
	}

	static Set<String> flagged(List<Finding> findings) {
		Set<String> rules = new TreeSet<>();
		for (Finding finding : findings) {
			if (finding.severity() != Severity.INFO && !finding.suppressed()) {
				rules.add(finding.rule());
			}
		}
		return rules;
	}

}
