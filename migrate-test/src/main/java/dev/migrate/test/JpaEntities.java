package dev.migrate.test;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import dev.migrate.core.verify.EntityModel;
import dev.migrate.spring.autoconfigure.autogenerate.EntityCatalogs;

/**
 * The application's JPA entities as autogenerate sees them ({@link EntityCatalogs}), when it has
 * Hibernate and at least one entity; loaded only then, so the kit works without JPA.
 */
final class JpaEntities {

	private static final String[] REQUIRED = { "jakarta.persistence.EntityManagerFactory",
			"org.hibernate.boot.MetadataSources", "dev.migrate.spring.autoconfigure.autogenerate.EntityCatalogs" };

	private JpaEntities() {
	}

	/** The entity model, or {@code null} without JPA or without entities. */
	static EntityModel of(ApplicationContext context, DataSource server) {
		for (String type : REQUIRED) {
			if (!ClassUtils.isPresent(type, context.getClassLoader())) {
				return null;
			}
		}
		return Present.of(context, server);
	}

	private static final class Present {

		static EntityModel of(ApplicationContext context, DataSource server) {
			boolean entities = context.getBeanProvider(EntityManagerFactory.class)
				.orderedStream()
				.anyMatch(factory -> !factory.getMetamodel().getEntities().isEmpty());
			return entities ? EntityModel.of(EntityCatalogs.modelSchema(context), server) : null;
		}

	}

}
