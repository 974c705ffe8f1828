package dev.migrate.spring.autoconfigure;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import dev.migrate.core.dialect.Vendors;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionLoader;

/**
 * Reads and parses the revision files on a thread of its own from the moment the bean factory is
 * configured, so that the work overlaps what the context does before it creates the revision graph
 * (the web server, the beans before migrate's); the graph's bean takes the result
 * ({@link #take}). Only what needs neither a bean nor the database is read ahead: locations with
 * {@code {vendor}}, or a vendor-named folder met on the way, need the database's vendor, and then
 * the graph's bean reads the files itself, as does any failure here: an error surfaces from the
 * bean exactly as without this, and a broken file costs its reading twice.
 */
final class MigrateRevisionPrefetch implements BeanFactoryPostProcessor, EnvironmentAware, BeanClassLoaderAware,
		Ordered {

	/** The graph's bean, which this reads ahead for; without it (the application has its own graph) nothing is read. */
	static final String GRAPH_BEAN = "migrateRevisionGraph";

	private static final Logger logger = LoggerFactory.getLogger(MigrateRevisionPrefetch.class);

	private Environment environment;

	private ClassLoader classLoader;

	private volatile List<String> locations;

	private volatile BackgroundTask<List<Revision>> read;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/** Last among the factory's post-processors: the bean definitions are final by then. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!beanFactory.containsBeanDefinition(GRAPH_BEAN) || this.environment == null || this.classLoader == null) {
			return;
		}
		List<String> configured = Binder.get(this.environment)
			.bind("migrate.locations", Bindable.listOf(String.class))
			.orElseGet(() -> new MigrateProperties().getLocations());
		if (configured.stream().anyMatch(location -> location.contains(Vendors.PLACEHOLDER))) {
			return;
		}
		List<String> resolved = List.copyOf(configured);
		ClassLoader loader = this.classLoader;
		this.locations = resolved;
		this.read = BackgroundTask.start("migrate-revisions",
				() -> new RevisionLoader(loader, NO_VENDOR).load(resolved.stream().map(Location::parse).toList()));
	}

	/**
	 * The revision files of {@code locations} as read ahead, waiting for the read when it is under
	 * way, or reading them on this thread when it has not started yet; {@code null} when nothing was
	 * read ahead for these locations, or the read failed: then the caller reads them itself.
	 */
	List<Revision> take(List<String> resolvedLocations) {
		BackgroundTask<List<Revision>> task = this.read;
		this.read = null;
		if (task == null || !resolvedLocations.equals(this.locations)) {
			return null;
		}
		return task.join(logger, "Reading the revision files ahead failed; the graph reads them again");
	}

	/** Stands for the database's vendor, which the read ahead cannot ask. */
	private static final Supplier<String> NO_VENDOR = () -> {
		throw new IllegalStateException("The revision files name a vendor folder: the database's vendor is needed");
	};

}
