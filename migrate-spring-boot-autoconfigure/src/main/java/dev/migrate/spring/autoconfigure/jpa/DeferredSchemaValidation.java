package dev.migrate.spring.autoconfigure.jpa;

import java.util.Objects;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SchemaValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * The schema validation that {@code ddl-auto=validate} asks for, run right after the upgrade of
 * {@code migrate.run-at=ready} and before the application's own runners: Hibernate's own validation
 * would run while the context starts, before the upgrade, and fail on a fresh database. A schema
 * that does not match the entities fails the start as Hibernate's validation would.
 */
public final class DeferredSchemaValidation implements ApplicationRunner, Ordered {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

	private final MigrationTracker tracker;

	public DeferredSchemaValidation(ObjectProvider<EntityManagerFactory> entityManagerFactories,
			MigrationTracker tracker) {
		this.entityManagerFactories = Objects.requireNonNull(entityManagerFactories, "entityManagerFactories");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
	}

	/** Right after migrate's runner, ahead of the application's. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public void run(ApplicationArguments args) {
		MigrationTracker.Run last = this.tracker.last();
		if (last == null || last.outcome() != MigrationTracker.Outcome.SUCCESS) {
			logger.warn("The schema is not validated against the entities: the upgrade did not succeed");
			return;
		}
		this.entityManagerFactories.orderedStream().forEach((factory) -> {
			try {
				factory.getSchemaManager().validate();
			}
			catch (SchemaValidationException ex) {
				throw new IllegalStateException("Schema validation after the upgrade: " + ex.getMessage()
						+ ". Add a revision that brings the schema to what the entities map.", ex);
			}
		});
		logger.info("Validated the upgraded schema against the entities (ddl-auto=validate)");
	}

}
