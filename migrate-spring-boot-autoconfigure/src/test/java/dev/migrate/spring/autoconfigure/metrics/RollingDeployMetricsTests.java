package dev.migrate.spring.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.RevisionFileParser;
import dev.migrate.core.rolling.ContractMode;
import dev.migrate.core.rolling.InstanceRegistry;
import dev.migrate.core.rolling.RollingDeploy;

/** The held revisions and the live instances per code version, as the registry and the database say (H2). */
class RollingDeployMetricsTests {

	private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
			"jdbc:h2:mem:metrics_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", "");

	private RollingDeploy deploy;

	@AfterEach
	void close() {
		if (this.deploy != null) {
			this.deploy.close();
		}
	}

	@Test
	void heldRevisionsAndLiveInstancesByCodeVersion() {
		RevisionGraph graph = RevisionGraph.of(List.of(
				new RevisionFileParser().parse("db/revisions/a1a1a1a1a1a1_create.sql", """
						-- revision: a1a1a1a1a1a1
						-- down_revision: none
						-- phase: expand

						-- migrate:upgrade
						CREATE TABLE items (id int, old_name varchar(20));
						"""),
				new RevisionFileParser().parse("db/revisions/c3c3c3c3c3c3_drop.sql", """
						-- revision: c3c3c3c3c3c3
						-- down_revision: a1a1a1a1a1a1
						-- phase: contract

						-- migrate:upgrade
						ALTER TABLE items DROP COLUMN old_name;
						""")));
		Migrator migrator = new Migrator(this.dataSource, graph, MigrateSettings.defaults());
		this.deploy = new RollingDeploy(migrator, InstanceRegistry.of(migrator), ContractMode.AUTO, Duration.ofMinutes(1),
				"v2", "heads", true);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new RollingDeployMetrics(this.deploy).bindTo(registry);
		assertThat(registry.get(RollingDeployMetrics.HELD).gauge().value()).isNaN();
		this.deploy.start();
		InstanceRegistry.of(migrator).register("v1", List.of("a1a1a1a1a1a1"), "host", 1, Duration.ofMinutes(1));
		this.deploy.upgrade("heads");
		assertThat(registry.get(RollingDeployMetrics.HELD).gauge().value()).isEqualTo(1.0);
		assertThat(registry.get(RollingDeployMetrics.INSTANCES).tag("code_version", "a1a1a1a1a1a1").gauge().value())
			.isEqualTo(1.0);
		assertThat(registry.get(RollingDeployMetrics.INSTANCES).tag("code_version", "c3c3c3c3c3c3").gauge().value())
			.isEqualTo(1.0);
		InstanceRegistry.of(migrator).deregister("v1");
		this.deploy.decide(migrator.current());
		assertThat(registry.find(RollingDeployMetrics.INSTANCES).tag("code_version", "a1a1a1a1a1a1").gauge()).isNull();
		assertThat(registry.get(RollingDeployMetrics.HELD).gauge().value()).isZero();
	}

}
