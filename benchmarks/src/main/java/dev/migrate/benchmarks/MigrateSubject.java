package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionLoader;

/** migrate's engine, in process, default settings: load the files, build the graph, upgrade to heads. */
final class MigrateSubject implements Subject {

	@Override
	public int migrate(DataSource dataSource, Path corpus) {
		List<Revision> revisions = new RevisionLoader(MigrateSubject.class.getClassLoader())
			.load(List.of(Location.parse("filesystem:" + corpus.resolve("migrate"))));
		Migrator migrator = new Migrator(dataSource, RevisionGraph.of(revisions), MigrateSettings.defaults());
		MigrationResult result = migrator.upgrade("heads");
		return result.applied().size();
	}

}
