package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;

import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionLoader;

class MigrateRevisionPrefetchTests {

	@Test
	void readsTheConfiguredLocationsAhead() {
		MigrateRevisionPrefetch prefetch = started("migrate.locations", "classpath:db/revisions");
		List<Revision> read = prefetch.take(List.of("classpath:db/revisions"));
		assertThat(read).isNotEmpty();
		assertThat(RevisionGraph.of(read).heads()).containsExactly("c3d4e5f6a1b2");
	}

	@Test
	void readsTheDefaultLocationAheadWhenNoneIsConfigured() {
		MigrateRevisionPrefetch prefetch = started(null, null);
		assertThat(prefetch.take(List.of("classpath:db/revisions"))).isNotEmpty();
	}

	@Test
	void givesNothingForOtherLocationsThanItRead() {
		MigrateRevisionPrefetch prefetch = started("migrate.locations", "classpath:db/revisions");
		assertThat(prefetch.take(List.of("classpath:db/failing"))).isNull();
	}

	@Test
	void givesItsReadOnlyOnce() {
		MigrateRevisionPrefetch prefetch = started("migrate.locations", "classpath:db/revisions");
		assertThat(prefetch.take(List.of("classpath:db/revisions"))).isNotEmpty();
		assertThat(prefetch.take(List.of("classpath:db/revisions"))).isNull();
	}

	@Test
	void leavesLocationsThatNeedTheVendorToTheGraph() {
		MigrateRevisionPrefetch prefetch = started("migrate.locations", "classpath:db/vendor-sets/{vendor}");
		assertThat(prefetch.take(List.of("classpath:db/vendor-sets/h2"))).isNull();
	}

	@Test
	void leavesAFolderThatNamesAVendorToTheGraph() {
		MigrateRevisionPrefetch prefetch = started("migrate.locations", "classpath:db/vendor-sets");
		assertThat(prefetch.take(List.of("classpath:db/vendor-sets"))).isNull();
	}

	@Test
	void leavesAFileThatDoesNotParseToTheGraphWhichReportsItAsBefore(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("0000deadbeef_bad.sql"), "-- revision: 0000deadbeef\n-- down_revision: \n");
		String location = "filesystem:" + folder;
		MigrateRevisionPrefetch prefetch = started("migrate.locations", location);
		assertThat(prefetch.take(List.of(location))).isNull();
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> new RevisionLoader(getClass().getClassLoader(), null).load(List.of(Location.parse(location))))
			.withMessageContaining("0000deadbeef");
	}

	@Test
	void readsNothingWhenTheApplicationHasItsOwnGraph() {
		MigrateRevisionPrefetch prefetch = new MigrateRevisionPrefetch();
		prefetch.setEnvironment(new MockEnvironment().withProperty("migrate.locations", "classpath:db/revisions"));
		prefetch.setBeanClassLoader(getClass().getClassLoader());
		prefetch.postProcessBeanFactory(new DefaultListableBeanFactory());
		assertThat(prefetch.take(List.of("classpath:db/revisions"))).isNull();
	}

	private MigrateRevisionPrefetch started(String property, String value) {
		MigrateRevisionPrefetch prefetch = new MigrateRevisionPrefetch();
		MockEnvironment environment = new MockEnvironment();
		if (property != null) {
			environment.setProperty(property, value);
		}
		prefetch.setEnvironment(environment);
		prefetch.setBeanClassLoader(getClass().getClassLoader());
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerBeanDefinition(MigrateRevisionPrefetch.GRAPH_BEAN, new RootBeanDefinition(RevisionGraph.class));
		prefetch.postProcessBeanFactory(beanFactory);
		return prefetch;
	}

}
