package dev.migrate.core.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.migrate.core.catalog.ddl.DdlWriter;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.RevisionFileWriter;
import dev.migrate.core.revision.RevisionFileWriter.NewRevision;

/**
 * The revisions that close a difference: the additions (and widenings) in a {@code phase: expand}
 * revision on top of the current head, the removals and tightenings in a {@code phase: contract}
 * revision on top of that, so that each ships in its own deploy. Each has the reverse DDL as its
 * downgrade.
 */
public final class RevisionDrafts {

	private RevisionDrafts() {
	}

	/**
	 * One revision to write.
	 *
	 * @param revision its header
	 * @param differences what it closes
	 * @param upgrade its statements
	 * @param downgrade the statements that undo them
	 * @param notes what the reviewer must know (a possible rename), written as comments
	 */
	public record Draft(NewRevision revision, List<Difference> differences, List<String> upgrade,
			List<String> downgrade, List<String> notes) {

		public Draft {
			Objects.requireNonNull(revision, "revision");
			differences = List.copyOf(differences);
			upgrade = List.copyOf(upgrade);
			downgrade = List.copyOf(downgrade);
			notes = List.copyOf(notes);
		}

		/** The file's text, in the format {@code revision} writes. */
		public String text() {
			return RevisionFileWriter.render(this.revision, section(this.upgrade, true), section(this.downgrade, false));
		}

		private String section(List<String> statements, boolean upgrade) {
			StringBuilder text = new StringBuilder();
			if (upgrade) {
				text.append("-- Written by revision --autogenerate from the JPA entities: review it before it ships.\n");
				for (Difference difference : this.differences) {
					text.append("-- ").append(difference.describe().replaceAll("[\\r\\n]+", " ")).append('\n');
				}
				for (String note : this.notes) {
					text.append("-- Note: ").append(note.replaceAll("[\\r\\n]+", " ")).append('\n');
				}
			}
			for (String statement : statements) {
				text.append(statement.strip()).append(";\n");
			}
			return text.toString();
		}

	}

	/**
	 * @param diff what turns the revisions' schema into the model's (expected: the model)
	 * @param dialect the database's dialect, for the DDL
	 * @param parents the revision(s) the first draft goes on top of (empty: a new base)
	 * @param message the user's message
	 * @param ids new revision ids
	 * @param notes notes for the reviewer, written into the last draft (where the drops are)
	 * @return no draft for an empty difference; else the expand draft, the contract draft, or both
	 */
	public static List<Draft> of(CatalogDiff diff, Dialect dialect, List<String> parents, String message,
			Supplier<String> ids, List<String> notes) {
		DdlWriter ddl = DdlWriter.forDialect(dialect);
		List<Difference> replaced = Replacements.of(diff.differences());
		List<Difference> expand = diff.inPhase(Phase.EXPAND).stream().filter((d) -> !replaced.contains(d)).toList();
		List<Difference> contract = new ArrayList<>(diff.inPhase(Phase.CONTRACT));
		replaced.stream().filter((d) -> !contract.contains(d)).forEach(contract::add);
		boolean both = !expand.isEmpty() && !contract.isEmpty();
		List<Draft> drafts = new ArrayList<>();
		List<String> down = parents;
		if (!expand.isEmpty()) {
			String id = ids.get();
			drafts.add(new Draft(new NewRevision(id, down, both ? message + " (expand)" : message, Phase.EXPAND,
					List.of(), List.of()), expand, ddl.forward(expand), ddl.reverse(expand), contract.isEmpty() ? notes : List.of()));
			down = List.of(id);
		}
		if (!contract.isEmpty()) {
			drafts.add(new Draft(new NewRevision(ids.get(), down, both ? message + " (contract)" : message,
					Phase.CONTRACT, List.of(), List.of()), contract, ddl.forward(contract), ddl.reverse(contract), notes));
		}
		return drafts;
	}

}
