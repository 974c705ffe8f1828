package dev.migrate.alembic;

/**
 * One command's answers and resulting states on both sides, with the Alembic state before it (what
 * a known difference may need to recognise itself).
 */
record Comparison(GraphSpec graph, Command command, CaseDatabases.State before, Outcome alembic, Outcome migrate,
		CaseDatabases.State alembicAfter, CaseDatabases.State migrateAfter) {

	/** Same success or failure, same version rows, same revisions run; and migrate never crashes. */
	boolean agrees() {
		return this.alembic.ok() == this.migrate.ok() && !this.migrate.crash()
				&& this.alembicAfter.versions().equals(this.migrateAfter.versions())
				&& this.alembicAfter.ran().equals(this.migrateAfter.ran());
	}

}
