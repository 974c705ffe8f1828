package dev.migrate.core.guard;

/**
 * MariaDB's {@code LOCK [=] NONE}: an index or table change written with it runs online or fails,
 * so the locking rules take it as the author's answer. Read by every parser that meets it.
 */
final class LockClause {

	private LockClause() {
	}

	/** Whether {@code LOCK [=] NONE} appears at the top level from the cursor on. */
	static boolean isNone(TokenCursor cursor) {
		TokenCursor rest = cursor.rest();
		while (!rest.atEnd()) {
			if (rest.accept("LOCK")) {
				rest.acceptSymbol("=");
				if (rest.isWord("NONE")) {
					return true;
				}
			}
			else {
				rest.skip();
			}
		}
		return false;
	}

}
