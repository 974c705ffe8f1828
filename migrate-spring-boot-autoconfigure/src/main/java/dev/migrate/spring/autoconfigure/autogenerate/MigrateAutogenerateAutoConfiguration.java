package dev.migrate.spring.autoconfigure.autogenerate;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.integrator.spi.Integrator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

import dev.migrate.core.autogen.ModelSchema;

/**
 * Command mode in a JPA application: the entities' mapping model, captured from Hibernate while
 * Spring Boot builds the EntityManagerFactory, for {@code revision --autogenerate} and
 * {@code check}'s {@code entities-differ}. Without Hibernate there is no {@link ModelSchema} bean:
 * autogenerate says it needs JPA, {@code check} compares no entities.
 */
@AutoConfiguration
@ConditionalOnClass({ Integrator.class, EntityManagerFactory.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@ConditionalOnProperty("migrate.command")
public final class MigrateAutogenerateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	HibernateModelCapture migrateHibernateModelCapture() {
		return new HibernateModelCapture();
	}

	@Bean
	HibernatePropertiesCustomizer migrateCaptureEntityModel(HibernateModelCapture capture) {
		return capture::register;
	}

	@Bean
	@ConditionalOnMissingBean(ModelSchema.class)
	HibernateModelSchema migrateEntityModelSchema(ObjectProvider<EntityManagerFactory> factories,
			HibernateModelCapture capture) {
		return new HibernateModelSchema(() -> {
			// Lazy in command mode: asking for each factory makes Hibernate build it (and the capture run).
			factories.orderedStream().forEach(EntityManagerFactory::getMetamodel);
			return capture.models();
		});
	}

}
