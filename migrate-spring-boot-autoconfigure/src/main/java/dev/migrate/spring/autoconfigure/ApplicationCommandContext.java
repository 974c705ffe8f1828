package dev.migrate.spring.autoconfigure;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.autogen.ModelSchema;
import dev.migrate.core.cli.CommandContext;
import dev.migrate.core.dialect.Vendors;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.graph.RevisionGraph;

/**
 * The application's side of a command: migrate's DataSource, graph and settings beans, each
 * created when the command first needs it. A failure to create one is reported as the migrate
 * error inside it (a broken revision is an input error, exit status 2), as the command line
 * reports it.
 */
final class ApplicationCommandContext implements CommandContext {

	private final ObjectProvider<MigrationDataSource> dataSource;

	private final ObjectProvider<RevisionGraph> graph;

	private final ObjectProvider<MigrateSettings> settings;

	private final ObjectProvider<DatabaseVendor> vendor;

	private final MigrateProperties properties;

	private ObjectProvider<ModelSchema> model;

	private final Secrets secrets;

	ApplicationCommandContext(ObjectProvider<MigrationDataSource> dataSource, ObjectProvider<RevisionGraph> graph,
			ObjectProvider<MigrateSettings> settings, ObjectProvider<DatabaseVendor> vendor,
			MigrateProperties properties, Secrets secrets) {
		this.secrets = secrets;
		this.dataSource = dataSource;
		this.graph = graph;
		this.settings = settings;
		this.vendor = vendor;
		this.properties = properties;
	}

	@Override
	public Secrets secrets() {
		return this.secrets;
	}

	@Override
	public DataSource dataSource() {
		return bean(this.dataSource::getObject, "MigrationDataSource").dataSource();
	}

	@Override
	public RevisionGraph graph() {
		return bean(this.graph::getObject, "RevisionGraph");
	}

	@Override
	public MigrateSettings settings() {
		return bean(this.settings::getObject, "MigrateSettings");
	}

	@Override
	public String dialect() {
		return bean(this.vendor::getObject, "DatabaseVendor").dialect();
	}

	@Override
	public Path revisionDirectory() {
		String directory = this.properties.getRevisionDir();
		if (directory.contains(Vendors.PLACEHOLDER)) {
			directory = directory.replace(Vendors.PLACEHOLDER, bean(this.vendor::getObject, "DatabaseVendor").get());
		}
		return Path.of(directory);
	}

	/** The application's entity model, when it has JPA with Hibernate (autogenerate). */
	ApplicationCommandContext withModel(ObjectProvider<ModelSchema> model) {
		this.model = model;
		return this;
	}

	@Override
	public Optional<ModelSchema> model() {
		return (this.model != null) ? Optional.ofNullable(this.model.getIfAvailable()) : Optional.empty();
	}

	@Override
	public String target() {
		return this.properties.getTarget();
	}

	private static <T> T bean(Supplier<T> bean, String type) {
		try {
			return bean.get();
		}
		catch (NoSuchBeanDefinitionException ex) {
			throw new MigrateException(ErrorCode.USAGE, "migrate.command needs migrate's " + type + " bean, which is "
					+ "not there: an application that defines its own Migrator bean must also define the "
					+ "MigrationDataSource, RevisionGraph and MigrateSettings beans to run commands", ex);
		}
		catch (RuntimeException ex) {
			MigrateException migrate = MigrateFailures.find(ex);
			throw (migrate != null) ? migrate : ex;
		}
	}

}
