package dev.migrate.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.verify.SeedSource;
import dev.migrate.core.verify.VerifySettings;

/**
 * A {@link RevisionTestKit} from a Spring Boot context: migrate's DataSource (the application's,
 * or {@code migrate.datasource.*}), its revision graph (files and Java revision beans) and settings.
 */
final class SpringRevisionTestKit {

	private static final String MIGRATION_DATA_SOURCE = "dev.migrate.spring.autoconfigure.MigrationDataSource";

	private SpringRevisionTestKit() {
	}

	static RevisionTestKit of(ApplicationContext context, List<String> expectedHeads, String seedLocation) {
		DataSource server = dataSource(context);
		ClassLoader classLoader = context.getClassLoader();
		VerifySettings settings = VerifySettings.defaults()
			.withMigrate(context.getBeanProvider(MigrateSettings.class).getIfAvailable(MigrateSettings::defaults))
			.withExpectedHeads(expectedHeads)
			.withSeeds(SeedSource.classpath(classLoader, seedLocation))
			.withEntities(JpaEntities.of(context, server));
		return RevisionTestKit.on(server, dialect(server), () -> context.getBean(RevisionGraph.class), settings);
	}

	private static DataSource dataSource(ApplicationContext context) {
		if (ClassUtils.isPresent(MIGRATION_DATA_SOURCE, context.getClassLoader())) {
			return context.getBean(dev.migrate.spring.autoconfigure.MigrationDataSource.class).dataSource();
		}
		return context.getBean(DataSource.class);
	}

	private static Dialect dialect(DataSource server) {
		try (Connection connection = server.getConnection()) {
			return Dialects.builtIn().forConnection(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to the test context's database: " + ex.getMessage(), ex);
		}
	}

}
