package dev.migrate.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Vendors;
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

	private final Supplier<RevisionGraph> source;

	private RevisionGraph graph;

	/**
	 * @param locations the locations as given; {@code {vendor}} in them, and the vendor-named
	 * folders under them, are resolved with {@code vendor}
	 */
	Workspace(List<String> locations, ClassLoader classLoader, Supplier<String> vendor) {
		this.locations = Vendors.resolve(locations, vendor).stream().map(Location::parse).toList();
		this.source = () -> {
			RevisionLoader loader = new RevisionLoader(classLoader, vendor);
			List<Revision> revisions = new ArrayList<>(loader.load(this.locations));
			revisions.addAll(loader.loadJava());
			return RevisionGraph.of(revisions);
		};
	}

	private Workspace(CommandContext context) {
		this.locations = List.of(new Location.Filesystem(context.revisionDirectory().toString()));
		this.source = context::graph;
	}

	/** The application's revisions, and its revision directory as the place new files go. */
	static Workspace of(CommandContext context) {
		return new Workspace(context);
	}

	RevisionGraph graph() {
		if (this.graph == null) {
			this.graph = this.source.get();
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
