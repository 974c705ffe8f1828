package dev.migrate.core.target;

/** A target as the user wrote it (normalised), for messages. */
final class TargetText {

	private TargetText() {
	}

	static String of(Target target) {
		if (target instanceof Target.Revision revision) {
			return revision.reference();
		}
		if (target instanceof Target.BranchHead branchHead) {
			return branchHead.branch() + "@head";
		}
		if (target instanceof Target.BranchHeads branchHeads) {
			return branchHeads.branch() + "@heads";
		}
		if (target instanceof Target.BranchBase branchBase) {
			return branchBase.branch() + "@base";
		}
		if (target instanceof Target.BranchRevision scoped) {
			return scoped.branch() + "@" + scoped.reference();
		}
		if (target instanceof Target.Relative relative) {
			return ((relative.branch() != null) ? relative.branch() + "@" : "")
					+ ((relative.anchor() != null) ? relative.anchor() : "") + RelativeSteps.signed(relative.steps());
		}
		return (target instanceof Target.Head) ? "head" : (target instanceof Target.Heads) ? "heads" : "base";
	}

}
