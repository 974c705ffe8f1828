package dev.migrate.spring.autoconfigure.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.boot.MetadataSources;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.service.ServiceRegistry;

import org.springframework.context.ApplicationContext;

import dev.migrate.core.autogen.ModelComparison;
import dev.migrate.core.autogen.ModelSchema;
import dev.migrate.core.catalog.SchemaCatalog;

/**
 * The catalog the entities describe: Hibernate's DDL for them run in a scratch schema on the
 * given server and read back, so it compares with any catalog the database produced (a live
 * schema, the revisions' scratch schema) exactly as autogenerate compares them.
 */
public final class EntityCatalogs {

	private EntityCatalogs() {
	}

	/**
	 * The catalog the entities of the application's EntityManagerFactories describe. In command
	 * mode it is the mapping model Hibernate built; elsewhere (a test) each factory's entities are
	 * bound again by Hibernate with the factory's own settings.
	 *
	 * @param context a started application context with JPA
	 * @param server where the scratch schema is made: the application's database server (or a dev server)
	 */
	public static SchemaCatalog of(ApplicationContext context, DataSource server) {
		return new ModelComparison(server).model(modelSchema(context));
	}

	/** The catalog the entities of one EntityManagerFactory describe (see {@link #of(ApplicationContext, DataSource)}). */
	public static SchemaCatalog of(EntityManagerFactory factory, DataSource server) {
		return new ModelComparison(server).model(HibernateModelSchema.of(List.of(model(factory))));
	}

	/** The application's entity model: the captured one in command mode, else rebound from each factory. */
	public static ModelSchema modelSchema(ApplicationContext context) {
		ModelSchema captured = context.getBeanProvider(ModelSchema.class).getIfAvailable();
		if (captured != null) {
			return captured;
		}
		List<HibernateModel> models = new ArrayList<>();
		context.getBeanProvider(EntityManagerFactory.class).orderedStream().forEach((factory) -> models.add(model(factory)));
		return HibernateModelSchema.of(models);
	}

	/**
	 * The mapping model of a running EntityManagerFactory: its entity classes bound again by
	 * Hibernate with the factory's own service registry (dialect, naming strategies, settings).
	 * Mappings only an {@code orm.xml} declares are not seen this way; command mode's captured model
	 * has them.
	 */
	public static HibernateModel model(EntityManagerFactory factory) {
		Objects.requireNonNull(factory, "factory");
		SessionFactoryImplementor sessionFactory = factory.unwrap(SessionFactoryImplementor.class);
		ServiceRegistry registry = sessionFactory.getServiceRegistry().getParentServiceRegistry();
		MetadataSources sources = new MetadataSources(registry);
		for (EntityType<?> entity : factory.getMetamodel().getEntities()) {
			sources.addAnnotatedClass(entity.getJavaType());
		}
		return new HibernateModel(sources.buildMetadata(), registry);
	}

}
