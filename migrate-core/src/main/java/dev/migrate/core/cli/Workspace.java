package dev.migrate.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionLoader;
import dev.migrate.core.target.Target;
import dev.migrate.core.target.TargetException;

/** The revisions a command works on, loaded once from the configured locations and ServiceLoader. */
final class Workspace {

	private final List<Location> locations;

	private final ClassLoader classLoader;

	private RevisionGraph graph;

	Workspace(List<String> locations, ClassLoader classLoader) {
		this.locations = locations.stream().map(Location::parse).toList();
		this.classLoader = classLoader;
	}

	RevisionGraph graph() {
		if (this.graph == null) {
			RevisionLoader loader = new RevisionLoader(this.classLoader);
			List<Revision> revisions = new ArrayList<>(loader.load(this.locations));
			revisions.addAll(loader.loadJava());
			this.graph = RevisionGraph.of(revisions);
		}
		return this.graph;
	}

	Planner planner() {
		return new Planner(graph());
	}

	/** Resolves a target that must name exactly one revision, without looking at a database. */
	int resolveOne(String text) {
		BitSet destination = planner().resolver().destination(Target.parse(text), new BitSet());
		if (destination.cardinality() != 1) {
			throw new TargetException("'" + text + "' names " + destination.cardinality()
					+ " revisions here; name exactly one (an id, a unique prefix, a label or <label>@head).");
		}
		return destination.nextSetBit(0);
	}

	/** The folder new revision files go to: the first filesystem location. */
	Path writableDirectory() {
		for (Location location : this.locations) {
			if (location instanceof Location.Filesystem filesystem) {
				return filesystem.toPath();
			}
		}
		throw new MigrateException(ErrorCode.USAGE, "No filesystem location to write the new revision file to; the locations "
				+ "are " + this.locations + ". Pass one, e.g. --locations filesystem:src/main/resources/db/revisions");
	}

}
