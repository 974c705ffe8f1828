package dev.migrate.spring.autoconfigure.autogenerate;

import java.util.List;
import java.util.Objects;

import org.hibernate.boot.Metadata;
import org.hibernate.service.ServiceRegistry;

/**
 * One Hibernate mapping model, with the service registry it was built with.
 *
 * @param metadata the entities, tables and constraints Hibernate maps
 * @param registry its service registry: dialect, naming strategies, settings
 */
public record HibernateModel(Metadata metadata, ServiceRegistry registry) {

	public HibernateModel {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(registry, "registry");
	}

	/** Hibernate's DDL that creates this model (see {@link HibernateDdl}). */
	public List<String> createStatements() {
		return HibernateDdl.createStatements(this.metadata, this.registry);
	}

	/** The number of entities mapped. */
	public int entityCount() {
		return this.metadata.getEntityBindings().size();
	}

}
