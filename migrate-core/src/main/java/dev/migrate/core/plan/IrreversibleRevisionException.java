package dev.migrate.core.plan;

import dev.migrate.core.revision.Revision;

/** A downgrade would have to pass through a revision that has no downgrade. */
public class IrreversibleRevisionException extends PlanException {

	private final String revision;

	public IrreversibleRevisionException(Revision revision, String target) {
		super("Cannot downgrade to '" + target + "': revision " + revision.id() + " (" + revision.source()
				+ ") is irreversible (it has no '-- migrate:downgrade' section). Nothing was run. Downgrade to "
				+ revision.id() + " or a later revision, or add a downgrade section to it.");
		this.revision = revision.id();
	}

	public String revision() {
		return this.revision;
	}

}
