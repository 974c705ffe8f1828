package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase's {@code update} command through its Java API ({@code CommandScope}), default settings.
 * Two changelog forms: one formatted-SQL file holding every changeset ({@code liquibase}), or a
 * master changelog including one formatted-SQL file per changeset ({@code liquibase-files}).
 */
final class LiquibaseSubject implements Subject {

	private final String folder;

	private final String changelog;

	LiquibaseSubject(String folder, String changelog) {
		this.folder = folder;
		this.changelog = changelog;
	}

	static LiquibaseSubject singleFile() {
		return new LiquibaseSubject("liquibase", "changelog.sql");
	}

	static LiquibaseSubject fileEach() {
		return new LiquibaseSubject("liquibase-files", "changelog.xml");
	}

	@Override
	public int migrate(DataSource dataSource, Path corpus) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Scope.child(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(corpus.resolve(this.folder)),
					() -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
						.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
						.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, this.changelog)
						.execute());
		}
		return -1;
	}

}
