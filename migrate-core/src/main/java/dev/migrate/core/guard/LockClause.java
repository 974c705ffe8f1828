package dev.migrate.core.guard;

import java.util.EnumSet;
import java.util.Set;

import dev.migrate.core.guard.Operation.Flag;

/**
 * MariaDB's online-DDL clauses, read by every parser that meets them. {@code LOCK [=] NONE} and
 * {@code ALGORITHM [=] INSTANT} make a change run without blocking or fail ({@link Flag#ONLINE});
 * {@code ALGORITHM [=] INPLACE | NOCOPY} makes it fail rather than copy the table, with the least
 * lock the change allows ({@link Flag#INPLACE}). The locking rules take either as the author's
 * answer where it changes the verdict (docs/guard.md says where, rule by rule).
 */
final class LockClause {

	private LockClause() {
	}

	/** The online-DDL flags that the clauses at the top level from the cursor on ask for. */
	static Set<Flag> flags(TokenCursor cursor) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		TokenCursor rest = cursor.rest();
		while (!rest.atEnd()) {
			if (rest.accept("LOCK")) {
				rest.acceptSymbol("=");
				if (rest.isWord("NONE")) {
					flags.add(Flag.ONLINE);
				}
			}
			else if (rest.accept("ALGORITHM")) {
				rest.acceptSymbol("=");
				if (rest.isWord("INSTANT")) {
					flags.add(Flag.ONLINE);
				}
				else if (rest.isWord("INPLACE", "NOCOPY")) {
					flags.add(Flag.INPLACE);
				}
			}
			else {
				rest.skip();
			}
		}
		return flags;
	}

}
