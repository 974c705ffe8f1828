package dev.migrate.alembic;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.core.MigrateException;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.RevisionLoader;

/**
 * migrate in-process, as the command line drives it: the revision files loaded from a
 * {@code filesystem:} location, and {@link Migrator} given the same target strings as Alembic.
 */
final class MigrateSide {

	private final Migrator migrator;

	MigrateSide(DataSource dataSource, Path revisionDirectory) {
		RevisionLoader loader = new RevisionLoader(MigrateSide.class.getClassLoader());
		RevisionGraph graph = RevisionGraph.of(loader.load(List.of(Location.parse("filesystem:" + revisionDirectory))));
		this.migrator = new Migrator(dataSource, graph, MigrateSettings.defaults());
	}

	Outcome run(Command command) {
		try {
			switch (command.op()) {
				case "upgrade" -> this.migrator.upgrade(command.target());
				case "downgrade" -> this.migrator.downgrade(command.target());
				case "stamp" -> this.migrator.stamp(command.target(), false);
				default -> throw new IllegalArgumentException("Unknown command " + command);
			}
			return Outcome.success();
		}
		catch (MigrateException ex) {
			return Outcome.error(ex.getMessage());
		}
		catch (RuntimeException ex) {
			return Outcome.crash(ex.toString());
		}
	}

}
