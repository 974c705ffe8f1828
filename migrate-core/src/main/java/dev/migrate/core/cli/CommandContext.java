package dev.migrate.core.cli;

import java.nio.file.Path;

import javax.sql.DataSource;

import dev.migrate.core.Secrets;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.graph.RevisionGraph;

/**
 * What the commands run against when an application supplies it instead of the options: its
 * DataSource, settings and revisions (Spring Boot's {@code migrate.command}). With a context,
 * {@code --url}, {@code --user} and {@code --password} are refused, and the options that describe
 * the database ({@code --locations}, {@code --schema}, the table and lock options,
 * {@code --baseline}) are not read: the application's configuration says all of that. Each
 * method is called only when a command needs it, so a command that needs no database opens no
 * connection; what it throws is reported like any error of the command.
 */
public interface CommandContext {

	/** The database to migrate. */
	DataSource dataSource();

	/** The application's revisions, files and Java revisions. */
	RevisionGraph graph();

	/** Table, schema, lock and checksum settings. */
	MigrateSettings settings();

	/** The dialect of commands that need no database ({@code check}, {@code sql}): postgresql, mariadb or h2. */
	String dialect();

	/** Where {@code revision} and {@code merge} write new revision files. */
	Path revisionDirectory();

	/** The target of {@code upgrade} and {@code current} when the command names none. */
	String target();

	/**
	 * The schema the application's model describes (its JPA entities), for
	 * {@code revision --autogenerate} and {@code check}; empty when the application has none.
	 */
	default java.util.Optional<dev.migrate.core.autogen.ModelSchema> model() {
		return java.util.Optional.empty();
	}

	/**
	 * Where {@code drift} (and autogenerate) build their scratch schema ({@code migrate.dev-url}), or
	 * {@code null} for a temporary schema or database on the application's own server.
	 */
	default DataSource devDataSource() {
		return null;
	}

	/** The secrets of the application's configuration (its passwords), masked in everything a command prints. */
	default Secrets secrets() {
		return Secrets.none();
	}

}
