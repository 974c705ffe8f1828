package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class MigrateCommandEnvironmentPostProcessorTests {

	private final MigrateCommandEnvironmentPostProcessor postProcessor = new MigrateCommandEnvironmentPostProcessor();

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void turnsTheWebServerOffWhenACommandIsSet() {
		this.environment.setProperty("migrate.command", "upgrade");
		this.environment.setProperty("spring.main.web-application-type", "servlet");
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
	}

	@Test
	void turnsSchemaValidationAndSqlInitializationOffAndQuietsTheLogBelowTheApplicationsOwnSettings() {
		this.environment.setProperty("migrate.command", "downgrade -1");
		this.environment.setProperty("spring.jpa.hibernate.ddl-auto", "validate");
		this.environment.setProperty("spring.jpa.properties.hibernate.hbm2ddl.auto", "validate");
		this.environment.setProperty("logging.level.root", "debug");
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
		assertThat(this.environment.getProperty("spring.jpa.properties.hibernate.hbm2ddl.auto")).isEqualTo("none");
		assertThat(this.environment.getProperty("spring.sql.init.mode")).isEqualTo("never");
		assertThat(this.environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
		assertThat(this.environment.getProperty("logging.level.root")).as("the application's own level wins")
			.isEqualTo("debug");
	}

	@Test
	void leavesTheEnvironmentAloneWithoutACommand() {
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getPropertySources()
			.contains(MigrateCommandEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
	}

	@Test
	void leavesTheEnvironmentAloneWhenMigrateIsDisabled() {
		this.environment.setProperty("migrate.command", "upgrade");
		this.environment.setProperty("migrate.enabled", "false");
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("spring.main.web-application-type")).isNull();
	}

}
