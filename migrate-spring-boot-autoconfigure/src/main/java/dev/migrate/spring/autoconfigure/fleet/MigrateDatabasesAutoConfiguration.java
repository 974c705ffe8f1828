package dev.migrate.spring.autoconfigure.fleet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.dialect.Vendors;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.PlanCheck;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.RevisionLoader;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateProperties;
import dev.migrate.spring.autoconfigure.MigrateSecrets;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * Further databases: {@code migrate.datasources.<name>.*} and {@link MigrateDatabase} DataSource
 * beans, each with its own revisions (default {@code classpath:db/<name>}), lock, history and
 * tracker, migrated at {@code migrate.run-at} after the main database.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(HikariDataSource.class)
@ConditionalOnBean(Migrator.class)
@Conditional(MigrateDatabasesAutoConfiguration.DatabasesConfigured.class)
@EnableConfigurationProperties(MigrateDatabasesProperties.class)
public final class MigrateDatabasesAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrateDatabases migrateDatabases(ApplicationContext context, MigrateDatabasesProperties properties,
			MigrateSettings settings, PlanCheck planCheck, ObjectProvider<Clock> clock, MigrateProperties migrate,
			Environment environment) {
		Secrets secrets = MigrateSecrets.from(environment);
		Map<String, DataSource> beans = qualifiedBeans(context);
		Map<String, MigrateDatabasesProperties.Database> configured = new LinkedHashMap<>(properties.getDatasources());
		beans.keySet().forEach(name -> configured.putIfAbsent(name, new MigrateDatabasesProperties.Database()));
		List<MigrateDatabases.Database> databases = new ArrayList<>();
		for (Map.Entry<String, MigrateDatabasesProperties.Database> entry : configured.entrySet()) {
			String name = entry.getKey();
			MigrateDatabasesProperties.Database database = entry.getValue();
			DataSource dataSource = beans.get(name);
			HikariDataSource owned = null;
			if (dataSource == null) {
				owned = pool(name, database);
				dataSource = owned;
			}
			DataSource guarded = secrets.guard(dataSource);
			List<String> locations = database.getLocations().isEmpty() ? List.of("classpath:db/" + name)
					: database.getLocations();
			RevisionGraph graph = graph(context, guarded, locations);
			String schema = StringUtils.hasText(database.getSchema()) ? database.getSchema() : null;
			MigrateSettings own = settings.withLocations(locations)
				.withTables(settings.tables().withSchema(schema))
				.withLock(settings.lock().withSchema(schema));
			MigrationTracker tracker = new MigrationTracker(clock.getIfAvailable(Clock::systemUTC));
			Migrator migrator = new Migrator(guarded, graph, own, clock.getIfAvailable(Clock::systemUTC), tracker, null,
					planCheck);
			databases.add(new MigrateDatabases.Database(name, migrator, tracker, owned));
		}
		return new MigrateDatabases(databases, migrate.getTarget(), secrets);
	}

	private static HikariDataSource pool(String name, MigrateDatabasesProperties.Database database) {
		if (!StringUtils.hasText(database.getUrl())) {
			throw new MigrateException(ErrorCode.USAGE, "migrate.datasources." + name
					+ ".url is not set and there is no @MigrateDatabase(\"" + name + "\") DataSource bean: set the URL "
					+ "(with .username and .password) or declare the bean");
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("migrate-" + name);
		config.setJdbcUrl(database.getUrl());
		config.setUsername(database.getUsername());
		config.setPassword(database.getPassword());
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(0);
		config.setIdleTimeout(10_000);
		config.setInitializationFailTimeout(-1);
		return new HikariDataSource(config);
	}

	private static RevisionGraph graph(ApplicationContext context, DataSource dataSource, List<String> locations) {
		ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
				: MigrateDatabasesAutoConfiguration.class.getClassLoader();
		java.util.function.Supplier<String> vendor = () -> {
			try (java.sql.Connection connection = dataSource.getConnection()) {
				return Vendors.forConnection(connection);
			}
			catch (java.sql.SQLException ex) {
				throw new MigrateException(ErrorCode.DATABASE, "Could not tell the database's vendor: " + ex.getMessage(), ex);
			}
		};
		return RevisionGraph.of(new RevisionLoader(classLoader, vendor)
			.load(Vendors.resolve(locations, vendor).stream().map(Location::parse).toList()));
	}

	/** DataSource beans qualified with {@link MigrateDatabase}, by name. */
	static Map<String, DataSource> qualifiedBeans(ApplicationContext context) {
		Map<String, DataSource> beans = new LinkedHashMap<>();
		for (String bean : context.getBeanNamesForType(DataSource.class, true, false)) {
			MigrateDatabase qualifier = context.findAnnotationOnBean(bean, MigrateDatabase.class);
			if (qualifier != null) {
				beans.put(qualifier.value(), context.getBean(bean, DataSource.class));
			}
		}
		return beans;
	}

	/** {@code migrate.datasources.*} is set or a {@link MigrateDatabase} DataSource bean exists. */
	static final class DatabasesConfigured extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			boolean properties = Binder.get(context.getEnvironment())
				.bind("migrate.datasources", Bindable.mapOf(String.class, Object.class))
				.map(map -> !map.isEmpty())
				.orElse(false);
			boolean beans = context.getBeanFactory() != null
					&& context.getBeanFactory().getBeanNamesForAnnotation(MigrateDatabase.class).length > 0;
			return new ConditionOutcome(properties || beans, "migrate.datasources or @MigrateDatabase beans "
					+ ((properties || beans) ? "found" : "not found"));
		}

	}

}
