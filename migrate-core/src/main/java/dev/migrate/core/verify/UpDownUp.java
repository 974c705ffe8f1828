package dev.migrate.core.verify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.migrate.core.MigrateException;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.JavaBody;
import dev.migrate.core.revision.Revision;

/**
 * Up-down-up, one revision at a time in graph order: the scratch schema is brought to exactly the
 * revision's ancestors, its catalog captured; the revision is upgraded, downgraded, the catalog
 * compared with the captured one, and upgraded again (whose catalog must match the first
 * upgrade's). Along a line of revisions one scratch schema serves them all, each leaving exactly
 * what the next one needs; where the walk changes branch, or after a failure, a fresh schema is
 * used. Close it to drop the last one.
 */
public final class UpDownUp implements AutoCloseable {

	private final RevisionGraph graph;

	private final ScratchSpace space;

	private final VerifySettings settings;

	private ScratchRun run;

	private BitSet applied = new BitSet();

	UpDownUp(RevisionGraph graph, ScratchSpace space, VerifySettings settings) {
		this.graph = graph;
		this.space = space;
		this.settings = settings;
	}

	/** The revisions to check, each after everything it needs. */
	public List<Revision> revisions() {
		return this.graph.revisions();
	}

	public CheckResult check(Revision revision) {
		int index = this.graph.indexOf(revision.id());
		BitSet before = this.graph.ancestorsOf(single(index));
		before.clear(index);
		String id = revision.id();
		String file = revision.source();
		String step = "bring a scratch schema to its parents";
		try {
			prepare(revision, before);
			Object parents = this.run.capture();
			if (!revision.isReversible()) {
				step = "upgrade it";
				this.run.upgrade(id);
				this.applied = withRevision(before, index);
				return CheckResult.skipped(Check.UP_DOWN_UP, id, file, "Revision " + id + " (" + file
						+ ") is irreversible (" + ((revision.body() instanceof JavaBody) ? "its isReversible() is false"
								: "it has no '-- migrate:downgrade' section") + "): its downgrade is not checked.");
			}
			step = "upgrade it";
			expectOnly(id, this.run.upgrade(id), "upgrade");
			Object upgraded = this.run.capture();
			step = "downgrade it";
			expectOnly(id, this.run.downgrade(downgradeTarget(revision)), "downgrade");
			this.applied = before;
			Object downgraded = this.run.capture();
			List<String> undone = this.run.differences(parents, downgraded);
			if (!undone.isEmpty()) {
				// What the downgrade left behind would make the next upgrade fail for the wrong reason.
				discard();
				return CheckResult.failed(Check.UP_DOWN_UP, id, file, "Revision " + id + " (" + file
						+ "): its downgrade does not restore the schema of its parents (" + undone.size()
						+ " difference(s)). Make '-- migrate:downgrade' undo exactly what '-- migrate:upgrade' does:",
						undone);
			}
			step = "upgrade it again after its downgrade";
			this.run.upgrade(id);
			this.applied = withRevision(before, index);
			Object again = this.run.capture();
			List<String> redone = this.run.differences(upgraded, again);
			if (!redone.isEmpty()) {
				return CheckResult.failed(Check.UP_DOWN_UP, id, file, "Revision " + id + " (" + file
						+ "): upgraded again after its downgrade, it builds a different schema than the first time:",
						redone);
			}
			return CheckResult.passed(Check.UP_DOWN_UP, id, file, "Revision " + id + ": upgrade, downgrade and upgrade "
					+ "again leave the schema exactly as expected.");
		}
		catch (MigrateException ex) {
			discard();
			return CheckResult.failed(Check.UP_DOWN_UP, id, file, "Revision " + id + " (" + file + "): could not " + step
					+ ": " + ex.getMessage(), List.of());
		}
	}

	/** A fresh scratch schema unless the current one holds no revision outside {@code before}; then upgraded to it. */
	private void prepare(Revision revision, BitSet before) {
		BitSet extra = (BitSet) this.applied.clone();
		extra.andNot(before);
		if (this.run == null || !extra.isEmpty()) {
			discard();
			this.run = new ScratchRun(this.space.create(), this.graph, this.settings);
			this.applied = new BitSet();
		}
		List<String> needed = new ArrayList<>(revision.downRevisions());
		int index = this.graph.indexOf(revision.id());
		for (int dependency : this.graph.dependencies(index)) {
			needed.add(this.graph.revision(dependency).id());
		}
		for (String parent : needed) {
			this.run.upgrade(parent);
		}
		BitSet now = new Planner(this.graph).applied(this.run.migrator().current());
		if (!now.equals(before)) {
			throw new MigrateException(dev.migrate.core.ErrorCode.INVALID_OPERATION, "upgrading to its parents "
					+ needed + " applied " + this.graph.ids(now) + " instead of " + this.graph.ids(before));
		}
		this.applied = before;
	}

	/** What takes only {@code revision} back: {@code base} for a base, else its first parent. */
	private static String downgradeTarget(Revision revision) {
		return revision.isBase() ? "base" : revision.downRevisions().get(0);
	}

	private static void expectOnly(String id, MigrationResult result, String operation) {
		if (!result.applied().equals(List.of(id))) {
			throw new MigrateException(dev.migrate.core.ErrorCode.INVALID_OPERATION, "the " + operation + " ran "
					+ result.applied() + " instead of only " + id);
		}
	}

	private static BitSet single(int index) {
		BitSet set = new BitSet();
		set.set(index);
		return set;
	}

	private static BitSet withRevision(BitSet before, int index) {
		BitSet set = (BitSet) before.clone();
		set.set(index);
		return set;
	}

	private void discard() {
		if (this.run != null) {
			this.run.scratch().close();
			this.run = null;
		}
		this.applied = new BitSet();
	}

	@Override
	public void close() {
		discard();
	}

}
