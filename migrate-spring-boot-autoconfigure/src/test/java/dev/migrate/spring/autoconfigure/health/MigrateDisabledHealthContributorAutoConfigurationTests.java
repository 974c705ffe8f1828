package dev.migrate.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;

class MigrateDisabledHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateHealthContributorAutoConfiguration.class, MigrateDisabledHealthContributorAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void aDisabledMigrateIsUpWithEnabledFalse() {
		this.contextRunner.withPropertyValues("migrate.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(MigrateHealthIndicator.class);
			Health health = context.getBean("migrateHealthIndicator", HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("enabled", false);
		});
	}

	@Test
	void anEnabledMigrateHasItsRealContributor() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(MigrateHealthIndicator.class)
			.getBean("migrateHealthIndicator")
			.isInstanceOf(MigrateHealthIndicator.class));
	}

	@Test
	void backsOffWhenTheHealthIndicatorIsDisabled() {
		this.contextRunner.withPropertyValues("migrate.enabled=false", "management.health.migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("migrateHealthIndicator"));
	}

}
