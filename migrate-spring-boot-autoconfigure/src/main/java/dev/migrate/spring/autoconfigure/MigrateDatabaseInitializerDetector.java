package dev.migrate.spring.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Declares {@link MigrateStartupInitializer} to Spring Boot's database-initialization ordering
 * (registered in {@code META-INF/spring.factories}): Spring Boot makes every bean that a
 * {@code DependsOnDatabaseInitializationDetector} finds depend on it.
 */
class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrateStartupInitializer.class);
	}

}
