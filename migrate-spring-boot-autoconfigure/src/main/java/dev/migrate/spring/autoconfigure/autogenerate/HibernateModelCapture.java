package dev.migrate.spring.autoconfigure.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

/**
 * Keeps the mapping model of each EntityManagerFactory Hibernate builds: an {@link Integrator}
 * handed to Hibernate through {@code hibernate.integrator_provider}, called with the
 * {@link Metadata} once Hibernate has bound the entities. The model is Hibernate's own, so every
 * mapping rule, naming strategy and dialect type is the one the application runs with.
 */
public final class HibernateModelCapture {

	/** Hibernate's setting for an {@link IntegratorProvider}. */
	public static final String INTEGRATOR_PROVIDER = "hibernate.integrator_provider";

	private final List<HibernateModel> models = new CopyOnWriteArrayList<>();

	/**
	 * Adds the capture to the JPA properties of one EntityManagerFactory; an integrator provider
	 * the application set already is kept, its integrators run as before.
	 */
	public void register(Map<String, Object> jpaProperties) {
		Object existing = jpaProperties.get(INTEGRATOR_PROVIDER);
		if (existing != null && !(existing instanceof IntegratorProvider)) {
			throw new IllegalStateException(INTEGRATOR_PROVIDER + " is set to " + existing + "; autogenerate needs it "
					+ "to be an IntegratorProvider instance (or unset) to read the entities' mapping");
		}
		IntegratorProvider delegate = (IntegratorProvider) existing;
		IntegratorProvider provider = () -> {
			List<Integrator> integrators = new ArrayList<>((delegate != null) ? delegate.getIntegrators() : List.of());
			integrators.add(new Capture());
			return integrators;
		};
		jpaProperties.put(INTEGRATOR_PROVIDER, provider);
	}

	/** The models of the EntityManagerFactories built so far, in the order they were built. */
	public List<HibernateModel> models() {
		return List.copyOf(this.models);
	}

	private final class Capture implements Integrator {

		@Override
		public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
				SessionFactoryImplementor sessionFactory) {
			HibernateModelCapture.this.models.add(new HibernateModel(metadata, bootstrapContext.getServiceRegistry()));
		}

	}

}
