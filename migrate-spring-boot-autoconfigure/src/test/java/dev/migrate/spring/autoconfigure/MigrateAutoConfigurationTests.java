package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.EmbeddedDataSourceConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.PlanCheck;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.spring.autoconfigure.testsupport.BlockingRevision;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Tables;

class MigrateAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void backsOffWithoutDataSource() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Migrator.class)
				.doesNotHaveBean(MigrateProperties.class));
	}

	@Test
	void backsOffWhenDisabled() {
		withDataSource().withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Migrator.class)
				.doesNotHaveBean(MigrationTracker.class)
				.doesNotHaveBean(MigrateRunner.class));
	}

	@Test
	void backsOffWithoutSpringBootJdbc() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(DataSourceBuilder.class))
			.withBean(DataSource.class, () -> DataSourceBuilder.create().url("jdbc:h2:mem:nojdbc").build())
			.run((context) -> assertThat(context).doesNotHaveBean(Migrator.class));
	}

	@Test
	void createsMigratorOnTheApplicationDataSource() {
		withDataSource().run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class)
				.hasSingleBean(RevisionGraph.class)
				.hasSingleBean(MigrateSettings.class)
				.hasSingleBean(PlanCheck.class)
				.hasSingleBean(MigrationTracker.class)
				.hasSingleBean(MigrateExit.class)
				.hasSingleBean(MigrateRunner.class)
				.doesNotHaveBean(MigrateCommandRunner.class);
			MigrationDataSource migrationDataSource = context.getBean(MigrationDataSource.class);
			assertThat(migrationDataSource.dataSource()).isSameAs(context.getBean(DataSource.class));
			assertThat(migrationDataSource.isSeparate()).isFalse();
			assertThat(context.getBean(RevisionGraph.class).heads()).containsExactly("c3d4e5f6a1b2");
		});
	}

	@Test
	void backsOffWhenUserDefinesMigrator() {
		withDataSource().withUserConfiguration(UserMigratorConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class)
				.doesNotHaveBean(MigrationDataSource.class)
				.doesNotHaveBean(MigrateSettings.class);
			assertThat(context.getBean(Migrator.class)).isSameAs(context.getBean("userMigrator"));
			assertThat(context).hasSingleBean(MigrateRunner.class);
		});
	}

	@Test
	void userDefinedBeansReplaceTheDefaults() {
		withDataSource().withUserConfiguration(UserPartsConfiguration.class).run((context) -> {
			assertThat(context.getBean(MigrateSettings.class)).isSameAs(context.getBean("userSettings"));
			assertThat(context.getBean(PlanCheck.class)).isSameAs(context.getBean("userPlanCheck"));
			assertThat(context.getBean(MigrateExit.class)).isSameAs(context.getBean("userExit"));
		});
	}

	@Test
	void bindsPropertiesIntoTheSettings() {
		withDataSource()
			.withPropertyValues("migrate.schema=PUBLIC", "migrate.version-table=app_version",
					"migrate.history-table=app_history", "migrate.baseline.revision=a1b2c3d4e5f6",
					"migrate.lock.namespace=orders", "migrate.lock.timeout=5s", "migrate.validate-checksums=false")
			.run((context) -> {
				MigrateSettings settings = context.getBean(MigrateSettings.class);
				assertThat(settings.tables()).isEqualTo(new TableNames("PUBLIC", "app_version", "app_history"));
				assertThat(settings.baselineRevision()).isEqualTo("a1b2c3d4e5f6");
				assertThat(settings.lock().namespace()).isEqualTo("orders");
				assertThat(settings.lock().schema()).isEqualTo("PUBLIC");
				assertThat(settings.lock().timeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(settings.lock().lease()).isEqualTo(LockSettings.DEFAULT_LEASE);
				assertThat(settings.validateChecksums()).isFalse();
			});
	}

	@Test
	void appliesSettingsCustomizersInOrder() {
		withDataSource().withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			MigrateSettings settings = context.getBean(MigrateSettings.class);
			assertThat(settings.lock().lease()).isEqualTo(Duration.ofSeconds(30));
			assertThat(settings.lock().namespace()).isEqualTo("second");
		});
	}

	@Test
	void rejectsABadVersionTableNameWithAClearMessage() {
		withDataSource().withPropertyValues("migrate.version-table=bad name").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("Invalid migrate.version-table 'bad name'")
				.contains("use a letter or '_'");
			assertThat(analysis.getAction()).contains("migrate.* property");
			assertThat(exitCode(context)).isEqualTo(2);
		});
	}

	@Test
	void rejectsTheSameNameForBothTables() {
		withDataSource().withPropertyValues("migrate.history-table=migrate_version")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("migrate.version-table and migrate.history-table are both 'migrate_version'"));
	}

	@Test
	void rejectsABadSchemaNamespaceTimeoutAndBaseline() {
		withDataSource().withPropertyValues("migrate.schema=public;drop")
			.run((context) -> assertThat(analyze(context).getDescription()).contains("Invalid migrate.schema"));
		withDataSource().withPropertyValues("migrate.lock.namespace= ")
			.run((context) -> assertThat(analyze(context).getDescription()).contains("Invalid migrate.lock.namespace"));
		withDataSource().withPropertyValues("migrate.lock.timeout=-1s")
			.run((context) -> assertThat(analyze(context).getDescription()).contains("Invalid migrate.lock.timeout"));
		withDataSource().withPropertyValues("migrate.baseline.revision=not-an-id")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("Invalid migrate.baseline.revision 'not-an-id'"));
	}

	@Test
	void rejectsABadTarget() {
		withDataSource().withPropertyValues("migrate.target=heads!").run((context) -> {
			assertThat(analyze(context).getAction()).contains("migrate.target");
			assertThat(exitCode(context)).isEqualTo(2);
		});
	}

	@Test
	void rejectsALocationWithAnUnknownPrefix() {
		withDataSource().withPropertyValues("migrate.locations=s3:bucket/revisions")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("Invalid revision location 's3:bucket/revisions'"));
	}

	@Test
	void brokenGraphStopsStartupAsAnInputError() {
		withDataSource().withPropertyValues("migrate.locations=classpath:db/broken").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("0000deadbeef");
			assertThat(analysis.getAction()).contains("migrate.locations");
			assertThat(exitCode(context)).isEqualTo(ErrorCode.INVALID_GRAPH.exitStatus());
		});
	}

	@Test
	void addsJavaRevisionBeansToTheGraph() {
		withDataSource().withBean(BlockingRevision.class).run((context) -> {
			RevisionGraph graph = context.getBean(RevisionGraph.class);
			assertThat(graph.heads()).containsExactly(BlockingRevision.ID);
			assertThat(graph.find(BlockingRevision.ID).orElseThrow().source()).isEqualTo(BlockingRevision.class.getName());
		});
	}

	@Test
	void readsRevisionsFromConfiguredLocations() {
		withDataSource().withPropertyValues("migrate.locations=classpath:db/revisions,classpath:db/failing")
			.run((context) -> assertThat(context.getBean(RevisionGraph.class).heads())
				.containsExactlyInAnyOrder("c3d4e5f6a1b2", "f2b2f2b2f2b2"));
	}

	@Test
	void doesNotRunOnReadyWhenRunOnReadyIsFalse() {
		withDataSource().withPropertyValues("migrate.run-on-ready=false")
			.run((context) -> assertThat(context).hasSingleBean(Migrator.class).doesNotHaveBean(MigrateRunner.class));
	}

	@Test
	void runsTheCommandInsteadOfTheRunnerInCommandMode() {
		// The command runs while the context starts; this exit records its status instead of ending the JVM.
		RecordingExit exit = new RecordingExit();
		withDataSource().withPropertyValues("migrate.command=current")
			.withBean(RecordingExit.class, () -> exit)
			.run((context) -> {
				assertThat(context).getFailure().rootCause().isInstanceOf(MigrateCommandRunner.CommandFinished.class);
				assertThat(exit.statuses()).containsExactly(0);
			});
	}

	@Test
	void guardModeOffChecksNothing() {
		withDataSource().withPropertyValues("migrate.guard.mode=off").run((context) -> {
			assertThat(context.getBean(MigrateProperties.class).getGuard().getMode())
				.isEqualTo(MigrateProperties.Guard.Mode.OFF);
			assertThat(context.getBean(PlanCheck.class)).isSameAs(PlanCheck.NONE);
		});
	}

	@Test
	void guardModeBindsEveryValue() {
		for (MigrateProperties.Guard.Mode mode : MigrateProperties.Guard.Mode.values()) {
			withDataSource().withPropertyValues("migrate.guard.mode=" + mode.name().toLowerCase())
				.run((context) -> assertThat(context.getBean(MigrateProperties.class).getGuard().getMode())
					.isEqualTo(mode));
		}
	}

	@Test
	void rejectsAnUnknownGuardMode() {
		withDataSource().withPropertyValues("migrate.guard.mode=strict")
			.run((context) -> assertThat(context).getFailure().hasStackTraceContaining("migrate.guard.mode"));
	}

	@Test
	void usesTheMigrateDataSourceQualifiedBean() {
		withDataSource().withUserConfiguration(QualifiedDataSourceConfiguration.class).run((context) -> {
			DataSource application = context.getBean(DataSource.class);
			DataSource qualified = context.getBean("migrateOnly", DataSource.class);
			assertThat(application).isNotSameAs(qualified);
			assertThat(context.getBean(MigrationDataSource.class).dataSource()).isSameAs(qualified);
			context.getBean(Migrator.class).upgrade("heads");
			assertThat(Tables.exists(qualified, "bookmarks")).isTrue();
			assertThat(Tables.exists(application, "bookmarks")).isFalse();
		});
	}

	@Test
	void buildsASeparatePoolFromMigrateDatasourceUrl() {
		withDataSource()
			.withPropertyValues("migrate.datasource.url=jdbc:h2:mem:separate_url;DB_CLOSE_DELAY=-1",
					"migrate.datasource.username=sa", "migrate.datasource.password=s3cret")
			.run((context) -> {
				MigrationDataSource migration = context.getBean(MigrationDataSource.class);
				assertThat(migration.isSeparate()).isTrue();
				assertThat(migration.dataSource()).isInstanceOf(HikariDataSource.class);
				assertThat(((HikariDataSource) migration.dataSource()).getPoolName()).isEqualTo("migrate");
				assertThat(((HikariDataSource) migration.dataSource()).getMinimumIdle()).isZero();
				assertThat(migration.description()).contains("jdbc:h2:mem:separate_url").doesNotContain("s3cret");
				assertThat(context.getBeansOfType(DataSource.class)).hasSize(1);
				context.getBean(Migrator.class).upgrade("heads");
				assertThat(Tables.exists(migration.dataSource(), "bookmarks")).isTrue();
				assertThat(Tables.exists(context.getBean(DataSource.class), "bookmarks")).isFalse();
			});
	}

	@Test
	void closesTheSeparatePoolWithTheContext() {
		HikariDataSource[] pool = new HikariDataSource[1];
		withDataSource().withPropertyValues("migrate.datasource.url=jdbc:h2:mem:separate_close")
			.run((context) -> pool[0] = (HikariDataSource) context.getBean(MigrationDataSource.class).dataSource());
		assertThat(pool[0].isClosed()).isTrue();
	}

	@Test
	void derivesADataSourceFromTheApplicationsWithMigrateDatasourceUsername() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("spring.datasource.generate-unique-name=false",
				"spring.datasource.url=jdbc:h2:mem:derived;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
				"migrate.datasource.username=MIGRATOR", "migrate.datasource.password=s3cret")
			.withInitializer((context) -> createUser("jdbc:h2:mem:derived;DB_CLOSE_DELAY=-1"))
			.run((context) -> {
				MigrationDataSource migration = context.getBean(MigrationDataSource.class);
				assertThat(migration.isSeparate()).isTrue();
				assertThat(migration.description()).contains("MIGRATOR").doesNotContain("s3cret");
				try (Connection connection = migration.dataSource().getConnection()) {
					assertThat(connection.getMetaData().getUserName()).isEqualTo("MIGRATOR");
				}
			});
	}

	@Test
	void worksWithOnlyMigrateDatasourceUrl() {
		this.contextRunner.withPropertyValues("migrate.datasource.url=jdbc:h2:mem:url_only")
			.run((context) -> assertThat(context).hasSingleBean(Migrator.class).doesNotHaveBean(DataSource.class));
	}

	@Test
	void failsClearlyWithSeveralDataSourcesAndNoPrimary() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("several and none is @Primary")
				.contains("@MigrateDataSource"));
	}

	/** The runner with an embedded database as the application's DataSource. */
	private ApplicationContextRunner withDataSource() {
		return this.contextRunner.withUserConfiguration(EmbeddedDataSourceConfiguration.class);
	}

	private static void createUser(String url) {
		try (Connection connection = DataSourceBuilder.create().url(url).username("sa").build().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE USER IF NOT EXISTS MIGRATOR PASSWORD 's3cret' ADMIN");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static FailureAnalysis analyze(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new MigrateFailureAnalyzer(new org.springframework.mock.env.MockEnvironment()).analyze(context.getStartupFailure());
		assertThat(analysis).as("a migrate failure analysis of %s", context.getStartupFailure()).isNotNull();
		return analysis;
	}

	private static int exitCode(AssertableApplicationContext context) {
		Throwable failure = context.getStartupFailure();
		while (failure != null) {
			if (failure instanceof ExitCodeGenerator generator) {
				return generator.getExitCode();
			}
			failure = failure.getCause();
		}
		return 0;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserMigratorConfiguration {

		@Bean
		Migrator userMigrator(DataSource dataSource) {
			return new Migrator(dataSource, RevisionGraph.of(List.of()), MigrateSettings.defaults());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserPartsConfiguration {

		@Bean
		MigrateSettings userSettings() {
			return MigrateSettings.defaults().withValidateChecksums(false);
		}

		@Bean
		PlanCheck userPlanCheck() {
			return (plan, dialect) -> {
			};
		}

		@Bean
		MigrateExit userExit() {
			return (context, status) -> {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(2)
		MigrateSettingsCustomizer second() {
			return (settings) -> settings.withLock(settings.lock().withNamespace("second"));
		}

		@Bean
		@Order(1)
		MigrateSettingsCustomizer first() {
			return (settings) -> settings
				.withLock(settings.lock().withNamespace("first").withLease(Duration.ofSeconds(30)));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedDataSourceConfiguration {

		@Bean(defaultCandidate = false)
		@MigrateDataSource
		DataSource migrateOnly() {
			return DataSourceBuilder.create().url("jdbc:h2:mem:qualified;DB_CLOSE_DELAY=-1").username("sa").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSourcesConfiguration {

		@Bean
		DataSource one() {
			return DataSourceBuilder.create().url("jdbc:h2:mem:one").build();
		}

		@Bean
		DataSource two() {
			return DataSourceBuilder.create().url("jdbc:h2:mem:two").build();
		}

	}

}
