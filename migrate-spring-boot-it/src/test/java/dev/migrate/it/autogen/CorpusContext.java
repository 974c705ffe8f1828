package dev.migrate.it.autogen;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.migrate.core.autogen.ModelSchema;
import dev.migrate.core.cli.CommandContext;
import dev.migrate.core.cli.MigrateCli;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.RevisionLoader;

/**
 * The corpus's fast path: command mode's commands without a Spring start, through the same
 * {@link CommandContext} an application supplies, with the model switched between steps and the
 * revisions read from the directory autogenerate writes to.
 */
final class CorpusContext implements CommandContext {

	private final DataSource dataSource;

	private final String vendor;

	private final Path revisionDir;

	private ModelSchema model;

	CorpusContext(DataSource dataSource, String vendor, Path revisionDir) {
		this.dataSource = dataSource;
		this.vendor = vendor;
		this.revisionDir = revisionDir;
	}

	void model(ModelSchema model) {
		this.model = model;
	}

	@Override
	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public RevisionGraph graph() {
		return RevisionGraph.of(new RevisionLoader(getClass().getClassLoader(), () -> this.vendor)
			.load(List.of(new Location.Filesystem(this.revisionDir.toString()))));
	}

	@Override
	public MigrateSettings settings() {
		return MigrateSettings.defaults();
	}

	@Override
	public String dialect() {
		return this.vendor;
	}

	@Override
	public Path revisionDirectory() {
		return this.revisionDir;
	}

	@Override
	public String target() {
		return "heads";
	}

	@Override
	public Optional<ModelSchema> model() {
		return Optional.ofNullable(this.model);
	}

	/** Runs one command as command mode would, with its output. */
	Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = MigrateCli.run(new PrintWriter(out, true), new PrintWriter(err, true), this, args);
		return new Run(status, out.toString(), err.toString());
	}

	record Run(int status, String out, String err) {

		String all() {
			return "exit " + this.status + "\n" + this.out + this.err;
		}

	}

}
