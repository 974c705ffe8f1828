package dev.migrate.core.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;

/** Literal revisions for graph, target and planner tests. */
public final class TestRevisions {

	private TestRevisions() {
	}

	/** A reversible revision; {@code parents} empty for a base. */
	public static Revision rev(String id, String... parents) {
		return new Revision(id, Arrays.asList(parents), List.of(), Set.of(), "message of " + id, null, true,
				id + "_x.sql", null, new SqlBody("CREATE TABLE t_" + id + " (id int);", 10,
						"DROP TABLE t_" + id + ";", 13));
	}

	public static Revision irreversible(String id, String... parents) {
		return new Revision(id, Arrays.asList(parents), List.of(), Set.of(), "", null, true, id + "_x.sql", null,
				new SqlBody("SELECT 1;", 10, null, 0));
	}

	public static Revision labelled(String id, String label, String... parents) {
		return new Revision(id, Arrays.asList(parents), List.of(), Set.of(label), "", null, true, id + "_x.sql", null,
				new SqlBody("SELECT 1;", 10, "SELECT 2;", 12));
	}

	public static Revision depending(String id, List<String> dependsOn, String... parents) {
		return new Revision(id, Arrays.asList(parents), dependsOn, Set.of(), "", null, true, id + "_x.sql", null,
				new SqlBody("SELECT 1;", 10, "SELECT 2;", 12));
	}

	public static RevisionGraph graph(Revision... revisions) {
		return RevisionGraph.of(new ArrayList<>(Arrays.asList(revisions)));
	}

	/** base -> a -> b (chain) and a -> c: a branch point at a, two heads b and c. */
	public static RevisionGraph fork() {
		return graph(rev("base1"), rev("aaaa1", "base1"), rev("bbbb1", "aaaa1"), rev("cccc1", "aaaa1"));
	}

	/** base -> (l, r) -> merge: a diamond. */
	public static RevisionGraph diamond() {
		return graph(rev("root"), rev("left", "root"), rev("right", "root"), rev("merge", "left", "right"));
	}

}
