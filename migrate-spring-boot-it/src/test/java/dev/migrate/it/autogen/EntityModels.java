package dev.migrate.it.autogen;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import dev.migrate.spring.autoconfigure.autogenerate.HibernateModel;

/**
 * Hibernate bootstraps of entity models without Spring, for the corpus: one per model and
 * database, Hibernate's own mapping model built from the annotated classes (the dialect detected
 * on the database), closed with the test.
 */
final class EntityModels implements AutoCloseable {

	private final DataSource dataSource;

	private final List<StandardServiceRegistry> registries = new ArrayList<>();

	EntityModels(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	HibernateModel bootstrap(Class<?>... entities) {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting("hibernate.connection.datasource", this.dataSource)
			.applySetting("hibernate.hbm2ddl.auto", "none")
			// Spring Boot's naming: camelCase fields become snake_case columns.
			.applySetting("hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName())
			.build();
		this.registries.add(registry);
		MetadataSources sources = new MetadataSources(registry);
		for (Class<?> entity : entities) {
			sources.addAnnotatedClass(entity);
		}
		return new HibernateModel(sources.buildMetadata(), registry);
	}

	@Override
	public void close() {
		this.registries.forEach(StandardServiceRegistryBuilder::destroy);
	}

}
