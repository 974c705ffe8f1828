package dev.migrate.spring.autoconfigure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.dialect.Vendors;
import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.PlanCheck;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.lock.LockListener;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.revision.JavaRevision;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionIds;
import dev.migrate.core.revision.RevisionLoader;
import dev.migrate.core.rolling.ContractMode;
import dev.migrate.core.target.Target;

/**
 * Auto-configuration of migrate: the revision graph of the application's revision files and
 * {@link JavaRevision} beans, a {@link Migrator} on its DataSource, and what upgrades the database:
 * the first runner once the application has started, or a database initializer while the context
 * starts ({@code migrate.run-at}), or the command of {@code migrate.command}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, DataSourceBuilder.class })
@Conditional(MigrateAutoConfiguration.DataSourceAvailableCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import({ MigrateRunnerConfiguration.class,
		dev.migrate.spring.autoconfigure.rolling.RollingDeployConfiguration.class })
public final class MigrateAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	/** Reads the revision files while the context starts, for {@link MigratorConfiguration#migrateRevisionGraph}. */
	@Bean
	static MigrateRevisionPrefetch migrateRevisionPrefetch() {
		return new MigrateRevisionPrefetch();
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationTracker migrationTracker(ObjectProvider<Clock> clock) {
		return new MigrationTracker(clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean(name = "migrateProgressLogger")
	MigrateProgressLogger migrateProgressLogger() {
		return new MigrateProgressLogger();
	}

	@Bean
	@ConditionalOnMissingBean
	MigrateExit migrateExit() {
		return MigrateExit.system();
	}

	/** Everything a {@link Migrator} is built from; an application's own Migrator replaces it all. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Migrator.class)
	static class MigratorConfiguration {

		private final MigrateProperties properties;

		MigratorConfiguration(MigrateProperties properties) {
			this.properties = properties;
		}

		@Bean
		@ConditionalOnMissingBean
		MigrationDataSource migrationDataSource(ResourceLoader resourceLoader, ObjectProvider<DataSource> dataSource,
				@MigrateDataSource ObjectProvider<DataSource> migrateDataSource) {
			MigrationDataSource chosen = chooseDataSource(classLoader(resourceLoader), dataSource, migrateDataSource);
			logger.info("Migrating {}", chosen.description());
			if (connectsWhileStarting(this.properties)) {
				DriverWarmup.start(chosen.dataSource());
			}
			return chosen;
		}

		/**
		 * Whether the application connects to the database before it is ready: to upgrade it, or to
		 * register for rolling deploys; not in command mode, where the command connects at once.
		 */
		static boolean connectsWhileStarting(MigrateProperties properties) {
			return !StringUtils.hasText(properties.getCommand())
					&& (properties.isRunOnReady() || properties.getContract() != ContractMode.STARTUP);
		}

		private MigrationDataSource chooseDataSource(ClassLoader classLoader, ObjectProvider<DataSource> dataSource,
				ObjectProvider<DataSource> migrateDataSource) {
			DataSource qualified = migrateDataSource.getIfAvailable();
			if (qualified != null) {
				return MigrationDataSource.of(qualified, "the @MigrateDataSource DataSource");
			}
			MigrateDatasourceProperties separate = this.properties.getDatasource();
			if (StringUtils.hasText(separate.getUrl())) {
				return SeparateDataSources.fromUrl(separate, classLoader);
			}
			DataSource application = dataSource.getIfUnique();
			if (application == null) {
				throw new MigrateStartupException(new MigrateException(ErrorCode.USAGE,
						"migrate cannot tell which DataSource to migrate: the application has several and none is "
								+ "@Primary. Mark one @Primary, qualify the one to migrate with @MigrateDataSource, or set "
								+ "migrate.datasource.url."));
			}
			if (StringUtils.hasText(separate.getUsername())) {
				return SeparateDataSources.derived(application, separate);
			}
			return MigrationDataSource.of(application, "the application's DataSource");
		}

		@Bean
		@ConditionalOnMissingBean
		DatabaseVendor migrateDatabaseVendor(ObjectProvider<MigrationDataSource> dataSource) {
			return new DatabaseVendor(() -> dataSource.getObject().dataSource());
		}

		@Bean
		@ConditionalOnMissingBean
		RevisionGraph migrateRevisionGraph(ResourceLoader resourceLoader, ObjectProvider<JavaRevision> javaRevisions,
				DatabaseVendor vendor, ObjectProvider<MigrateRevisionPrefetch> prefetch) {
			return MigrateStartupException.wrapping(() -> {
				List<String> resolved = Vendors.resolve(this.properties.getLocations(), vendor);
				List<Location> locations = resolved.stream().map(Location::parse).toList();
				MigrateRevisionPrefetch ahead = prefetch.getIfAvailable();
				List<Revision> read = (ahead != null) ? ahead.take(resolved) : null;
				List<Revision> revisions = new ArrayList<>((read != null) ? read
						: new RevisionLoader(classLoader(resourceLoader), vendor).load(locations));
				int files = revisions.size();
				javaRevisions.orderedStream().map(RevisionLoader::fromJava).forEach(revisions::add);
				RevisionGraph graph = RevisionGraph.of(revisions);
				logger.info("Loaded {} revision file(s) from {} and {} Java revision(s); heads: {}", files, locations,
						revisions.size() - files, graph.heads().isEmpty() ? "none" : String.join(", ", graph.heads()));
				return graph;
			});
		}

		@Bean
		@ConditionalOnMissingBean
		MigrateSettings migrateSettings(ObjectProvider<MigrateSettingsCustomizer> customizers) {
			return MigrateStartupException.wrapping(() -> {
				MigrateSettings settings = settings(this.properties);
				for (MigrateSettingsCustomizer customizer : customizers.orderedStream().toList()) {
					settings = customizer.customize(settings);
				}
				return settings;
			});
		}

		@Bean
		@ConditionalOnMissingBean
		PlanCheck migratePlanCheck() {
			return GuardPlanCheck.forMode(this.properties.getGuard().getMode(), this.properties.getContract());
		}

		@Bean
		@ConditionalOnMissingBean
		Migrator migrator(MigrationDataSource dataSource, RevisionGraph graph, MigrateSettings settings, PlanCheck planCheck,
				ObjectProvider<MigrateListener> listeners, ObjectProvider<LockListener> lockListeners,
				ObjectProvider<Clock> clock, Environment environment) {
			MigrateStartupException.wrapping(() -> Target.parse(this.properties.getTarget()));
			// a driver's or pool's message quotes what it was given: it reaches logs, the endpoint and
			// the failure analysis only scrubbed
			DataSource guarded = MigrateSecrets.from(environment).guard(dataSource.dataSource());
			Migrator migrator = new Migrator(guarded, graph, settings, clock.getIfAvailable(Clock::systemUTC),
					CompositeListeners.migrate(listeners.orderedStream().toList()),
					CompositeListeners.lock(lockListeners.orderedStream().toList()), planCheck);
			return dev.migrate.spring.autoconfigure.rolling.RollingDeployConfiguration.holding(migrator,
					this.properties.getContract());
		}

		private static ClassLoader classLoader(ResourceLoader resourceLoader) {
			ClassLoader classLoader = resourceLoader.getClassLoader();
			return (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
		}

	}

	/** Core's settings from the properties; core validates every name and names the property when one is bad. */
	static MigrateSettings settings(MigrateProperties properties) {
		String schema = StringUtils.hasText(properties.getSchema()) ? properties.getSchema() : null;
		TableNames tables = new TableNames(schema, properties.getVersionTable(), properties.getHistoryTable());
		LockSettings lock = LockSettings.defaults(schema)
			.withNamespace(properties.getLock().getNamespace())
			.withTimeout(properties.getLock().getTimeout());
		String baseline = properties.getBaseline().getRevision();
		if (baseline != null && !RevisionIds.isValid(baseline)) {
			throw new MigrateException(ErrorCode.USAGE, "Invalid migrate.baseline.revision '" + baseline
					+ "': give the full id of a revision (letters, digits and '_')");
		}
		return new MigrateSettings(tables, StringUtils.hasText(baseline) ? baseline : null, lock,
				properties.isValidateChecksums(), properties.getLocations());
	}

	/**
	 * Tells Spring Boot that migrate manages the schema, so Hibernate does not create an embedded
	 * database's tables itself.
	 */
	@Bean
	@ConditionalOnMissingBean(MigrateSchemaManagementProvider.class)
	MigrateSchemaManagementProvider migrateSchemaManagementProvider(ObjectProvider<MigrationDataSource> dataSource) {
		return new MigrateSchemaManagementProvider(dataSource);
	}

	/** Runs {@code migrate.command} and ends the application. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "migrate.command")
	static class CommandConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrateCommandRunner migrateCommandRunner(ApplicationContext context, ObjectProvider<MigrationDataSource> dataSource,
				ObjectProvider<RevisionGraph> graph, ObjectProvider<MigrateSettings> settings,
				ObjectProvider<DatabaseVendor> vendor, MigrateExit exit, MigrateProperties properties,
				ObjectProvider<dev.migrate.core.autogen.ModelSchema> model) {
			return new MigrateCommandRunner(context,
					new ApplicationCommandContext(dataSource, graph, settings, vendor, properties,
							MigrateSecrets.from(context.getEnvironment())).withModel(model),
					exit,
					properties.getCommand());
		}

	}

	/** A DataSource bean, or {@code migrate.datasource.url} to build one from. */
	static final class DataSourceAvailableCondition extends AnyNestedCondition {

		DataSourceAvailableCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBean {

		}

		@ConditionalOnProperty("migrate.datasource.url")
		private static final class DataSourceUrl {

		}

	}

	/** {@code migrate.command} is not set. */
	static final class NotCommandModeCondition extends NoneNestedConditions {

		NotCommandModeCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty("migrate.command")
		private static final class CommandSet {

		}

	}

}
