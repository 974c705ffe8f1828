package dev.migrate.spring.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;


import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrate.core.engine.Migrator;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Runners;

class MigrateMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateMetricsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withBean(RecordingExit.class);

	private static final AutoConfigurations MICROMETER = AutoConfigurations.of(MetricsAutoConfiguration.class,
			SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class);

	@Test
	void recordsTheMetersOfAnUpgrade() {
		this.contextRunner.withConfiguration(MICROMETER).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry).isInstanceOf(SimpleMeterRegistry.class);
			ready(context);
			assertThat(registry.get(MigrateMetrics.UPGRADE).tag("outcome", "success").timer().count()).isEqualTo(1);
			assertThat(registry.get(MigrateMetrics.REVISION_APPLY)
				.tags("operation", "upgrade", "phase", "expand")
				.timer()
				.count()).isEqualTo(2);
			assertThat(registry.get(MigrateMetrics.REVISION_APPLY)
				.tags("operation", "upgrade", "phase", "none")
				.timer()
				.count()).isEqualTo(1);
			assertThat(registry.get(MigrateMetrics.LOCK_WAIT).timer().count()).isEqualTo(1);
			assertThat(registry.get(MigrateMetrics.PENDING).gauge().value()).isZero();
			assertThat(registry.find(MigrateMetrics.REVISION_APPLY).tagKeys("revision").timers()).isEmpty();
		});
	}

	@Test
	void pendingGaugeReadsTheDatabaseWhenSampled() {
		this.contextRunner.withConfiguration(MICROMETER).withPropertyValues("migrate.run-on-ready=false").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MigrateMetrics.PENDING).gauge().value()).isEqualTo(3);
			context.getBean(Migrator.class).upgrade("a1b2c3d4e5f6");
			assertThat(registry.get(MigrateMetrics.PENDING).gauge().value()).isEqualTo(2);
		});
	}

	@Test
	void tagsAFailedUpgrade() {
		this.contextRunner.withConfiguration(MICROMETER)
			.withPropertyValues("migrate.locations=classpath:db/failing", "migrate.fail-on-error=false")
			.run((context) -> {
				ready(context);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MigrateMetrics.UPGRADE).tag("outcome", "failure").timer().count()).isEqualTo(1);
				assertThat(registry.find(MigrateMetrics.UPGRADE).tag("outcome", "success").timer()).isNull();
			});
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		this.contextRunner
			.run((context) -> assertThat(context).hasSingleBean(Migrator.class).doesNotHaveBean(MigrateMetrics.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> assertThat(context).hasSingleBean(Migrator.class).doesNotHaveBean(MigrateMetrics.class));
	}

	@Test
	void backsOffWhenMigrateIsDisabled() {
		this.contextRunner.withConfiguration(MICROMETER).withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateMetrics.class));
	}

	private static void ready(AssertableApplicationContext context) {
		Runners.run(context);
	}

}
