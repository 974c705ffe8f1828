package dev.migrate.spring.autoconfigure.jpa;

import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateRunner;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * {@code migrate.run-at=ready} with {@code ddl-auto=validate}: Hibernate does not validate while
 * the context starts (the upgrade has not run yet); {@link DeferredSchemaValidation} validates
 * right after the upgrade instead.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ HibernatePropertiesCustomizer.class, EntityManagerFactory.class })
@ConditionalOnBean(MigrateRunner.class)
@Conditional(MigrateJpaAutoConfiguration.ValidatesSchemaCondition.class)
public final class MigrateJpaAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	static final String HBM2DDL_AUTO = "hibernate.hbm2ddl.auto";

	@Bean
	HibernatePropertiesCustomizer migrateDeferSchemaValidation() {
		return (properties) -> {
			if ("validate".equalsIgnoreCase(String.valueOf(properties.get(HBM2DDL_AUTO)).strip())) {
				logger.info("Hibernate validates the schema after the upgrade, not while the context starts "
						+ "(migrate.run-at=ready)");
				properties.put(HBM2DDL_AUTO, "none");
			}
		};
	}

	@Bean
	DeferredSchemaValidation migrateDeferredSchemaValidation(ObjectProvider<EntityManagerFactory> factories,
			MigrationTracker tracker) {
		return new DeferredSchemaValidation(factories, tracker);
	}

	/** {@code spring.jpa.hibernate.ddl-auto} or {@code spring.jpa.properties.hibernate.hbm2ddl.auto} is {@code validate}. */
	static final class ValidatesSchemaCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			for (String property : new String[] { "spring.jpa.hibernate.ddl-auto",
					"spring.jpa.properties." + HBM2DDL_AUTO }) {
				if ("validate".equalsIgnoreCase(context.getEnvironment().getProperty(property, "").strip())) {
					return ConditionOutcome.match(property + "=validate");
				}
			}
			return ConditionOutcome.noMatch("JPA does not validate the schema");
		}

	}

}
