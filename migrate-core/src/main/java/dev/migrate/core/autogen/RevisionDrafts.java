package dev.migrate.core.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.migrate.core.catalog.ddl.LockFreeRecipes;
import dev.migrate.core.catalog.ddl.LockFreeRecipes.Step;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.diff.DifferenceKind;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.RevisionFileWriter;
import dev.migrate.core.revision.RevisionFileWriter.NewRevision;

/**
 * The revisions that close a difference: the additions (and widenings) in {@code phase: expand}
 * revisions on top of the current head, the removals and tightenings in {@code phase: contract}
 * revisions on top of those, so that each phase ships in its own deploy. Each phase is one revision,
 * or, on PostgreSQL, the steps of {@link LockFreeRecipes} (concurrent index builds in a
 * {@code transactional: false} revision of their own, validations in a later one). Each has the
 * reverse DDL as its downgrade.
 */
public final class RevisionDrafts {

	private RevisionDrafts() {
	}

	/** A note per type change that has no lock-free statement: the guard's finding stays, the recipe is another. */
	private static List<String> rewriteNotes(List<Difference> differences, LockFreeRecipes recipes) {
		List<String> notes = new ArrayList<>();
		for (Difference d : differences) {
			if (d.kind() == DifferenceKind.COLUMN_TYPE && !recipes.rewriteFree(d)) {
				notes.add("Column " + d.object() + " changes type from " + d.actualText() + " to " + d.expectedText()
						+ ": no single statement does it without a rewrite or without changing what the running version "
						+ "reads, so the guard reports alter-column-type. On a table in use follow the expand/contract "
						+ "recipe instead: add a column of the new type, write both, backfill it, switch the code, drop "
						+ "the old column.");
			}
		}
		return notes;
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
			List<String> downgrade, List<String> notes, boolean transactional) {

		public Draft {
			Objects.requireNonNull(revision, "revision");
			differences = List.copyOf(differences);
			upgrade = List.copyOf(upgrade);
			downgrade = List.copyOf(downgrade);
			notes = List.copyOf(notes);
		}

		/** A transactional draft. */
		public Draft(NewRevision revision, List<Difference> differences, List<String> upgrade, List<String> downgrade,
				List<String> notes) {
			this(revision, differences, upgrade, downgrade, notes, true);
		}

		/** The file's text, in the format {@code revision} writes; {@code transactional: false} in its header if so. */
		public String text() {
			String text = RevisionFileWriter.render(this.revision, section(this.upgrade, true),
					section(this.downgrade, false));
			if (this.transactional) {
				return text;
			}
			int header = text.indexOf("\n\n");
			return text.substring(0, header) + "\n-- transactional: false" + text.substring(header);
		}

		private String section(List<String> statements, boolean upgrade) {
			StringBuilder text = new StringBuilder();
			if (upgrade) {
				text.append("-- Written by revision --autogenerate from the JPA entities: review it before it ships.\n");
				if (!this.transactional) {
					text.append("-- Not in a transaction: CONCURRENTLY cannot run in one. If it fails half-way, drop the "
							+ "INVALID index it leaves (DROP INDEX CONCURRENTLY) and upgrade again.\n");
				}
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
	 * @param notes notes for the reviewer, written into the last draft (where the drops are); a note
	 *        per type change that has no lock-free statement goes into its phase's first draft
	 * @return no draft for an empty difference; else the expand draft(s), then the contract draft(s),
	 *         one per step of {@link LockFreeRecipes}, each on top of the one before
	 */
	public static List<Draft> of(CatalogDiff diff, Dialect dialect, List<String> parents, String message,
			Supplier<String> ids, List<String> notes) {
		List<Difference> replaced = Replacements.of(diff.differences());
		List<Difference> expand = diff.inPhase(Phase.EXPAND).stream().filter((d) -> !replaced.contains(d)).toList();
		List<Difference> contract = new ArrayList<>(diff.inPhase(Phase.CONTRACT));
		replaced.stream().filter((d) -> !contract.contains(d)).forEach(contract::add);
		LockFreeRecipes recipes = new LockFreeRecipes(dialect);
		List<Step> expandSteps = recipes.steps(expand);
		List<Step> contractSteps = recipes.steps(contract);
		int total = expandSteps.size() + contractSteps.size();
		List<Draft> drafts = new ArrayList<>();
		List<String> down = parents;
		for (int i = 0; i < total; i++) {
			boolean inExpand = i < expandSteps.size();
			int index = inExpand ? i : i - expandSteps.size();
			List<Step> ofPhase = inExpand ? expandSteps : contractSteps;
			Step step = ofPhase.get(index);
			Phase phase = inExpand ? Phase.EXPAND : Phase.CONTRACT;
			String id = ids.get();
			String title = (total == 1) ? message : message + " (" + phase.key()
					+ ((ofPhase.size() > 1) ? " " + (index + 1) + "/" + ofPhase.size() : "")
					+ (step.transactional() ? "" : ", concurrently") + ")";
			// the differences and the rewrite notes go with the phase's first step, the notes with the last draft
			boolean first = index == 0;
			List<Difference> closed = first ? (inExpand ? expand : contract) : List.of();
			List<String> draftNotes = new ArrayList<>(first ? rewriteNotes(closed, recipes) : List.of());
			if (i == total - 1) {
				draftNotes.addAll(notes);
			}
			drafts.add(new Draft(new NewRevision(id, down, title, phase, List.of(), List.of()), closed, step.upgrade(),
					step.downgrade(), draftNotes, step.transactional()));
			down = List.of(id);
		}
		return drafts;
	}

}
