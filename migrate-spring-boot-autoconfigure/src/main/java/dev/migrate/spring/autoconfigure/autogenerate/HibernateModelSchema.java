package dev.migrate.spring.autoconfigure.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.autogen.ModelSchema;

/**
 * The schema of one or more Hibernate mapping models, as Hibernate's own DDL: what autogenerate
 * and {@code check} compare with the revisions.
 */
public final class HibernateModelSchema implements ModelSchema {

	private final Supplier<List<HibernateModel>> models;

	/** @param models the models, asked for when the DDL is first needed */
	public HibernateModelSchema(Supplier<List<HibernateModel>> models) {
		this.models = Objects.requireNonNull(models, "models");
	}

	/** The schema of models at hand (an in-process bootstrap, a test). */
	public static HibernateModelSchema of(List<HibernateModel> models) {
		List<HibernateModel> copy = List.copyOf(models);
		return new HibernateModelSchema(() -> copy);
	}

	@Override
	public String describe() {
		int entities = models().stream().mapToInt(HibernateModel::entityCount).sum();
		return "the JPA entities (" + entities + ((entities == 1) ? " entity" : " entities") + ")";
	}

	@Override
	public List<String> createStatements() {
		List<String> statements = new ArrayList<>();
		for (HibernateModel model : models()) {
			statements.addAll(model.createStatements());
		}
		return statements;
	}

	private List<HibernateModel> models() {
		List<HibernateModel> models = this.models.get();
		if (models.isEmpty()) {
			throw new MigrateException(ErrorCode.USAGE, "Hibernate built no EntityManagerFactory through Spring Boot's "
					+ "JPA auto-configuration, so there is no entity model to compare: autogenerate reads the "
					+ "entities of the EntityManagerFactory that Spring Boot configures (spring.jpa.*)");
		}
		return models;
	}

}
