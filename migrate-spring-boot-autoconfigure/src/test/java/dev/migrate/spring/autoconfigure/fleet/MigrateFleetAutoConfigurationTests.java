package dev.migrate.spring.autoconfigure.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import dev.migrate.core.fleet.Fleet;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;

class MigrateFleetAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateFleetAutoConfiguration.class, MigrateDatabasesAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.run-on-ready=false");

	@Test
	void backsOffWithoutTenants() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(MigrateFleet.class)
			.doesNotHaveBean(MigrateDatabases.class));
	}

	@Test
	void namesTheTenantsOfTheList() {
		this.contextRunner.withPropertyValues("migrate.tenants.schemas=tenant_a, tenant_b").run((context) -> {
			assertThat(context).hasSingleBean(MigrateFleet.class);
			assertThat(context.getBean(MigrateFleet.class).schemas()).containsExactly("tenant_a", "tenant_b");
		});
	}

	@Test
	void aTenantsBeanWinsOverTheList() {
		this.contextRunner.withUserConfiguration(TenantsBean.class)
			.withPropertyValues("migrate.tenants.schemas=tenant_a")
			.run((context) -> assertThat(context.getBean(MigrateFleet.class).schemas()).containsExactly("from_bean"));
	}

	@Test
	void aTenantsBeanAloneIsEnough() {
		this.contextRunner.withUserConfiguration(TenantsBean.class)
			.run((context) -> assertThat(context).hasSingleBean(MigrateFleet.class));
	}

	@Test
	void onH2TenantsRunOneAtATimeOnTwoConnections() {
		this.contextRunner.withPropertyValues("migrate.tenants.schemas=tenant_a", "migrate.tenants.parallelism=8")
			.run((context) -> {
				MigrateFleet fleet = context.getBean(MigrateFleet.class);
				assertThat(fleet.parallelism()).isOne();
				assertThat(fleet.maximumConnections()).isEqualTo(2);
			});
	}

	@Test
	void backsOffWithoutHikari() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HikariDataSource.class))
			.withPropertyValues("migrate.tenants.schemas=tenant_a", "spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateFleet.class));
	}

	@Test
	void aFurtherDatabaseWithoutUrlOrBeanIsAnErrorNamingTheProperty() {
		this.contextRunner.withPropertyValues("migrate.datasources.billing.schema=ledger")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("migrate.datasources.billing.url"));
	}

	@Test
	void parallelismDefaultsToCoresDefault() {
		assertThat(new MigrateTenantsProperties().getParallelism()).isEqualTo(Fleet.DEFAULT_PARALLELISM);
	}

	@Configuration(proxyBeanMethods = false)
	static class TenantsBean {

		@Bean
		MigrateTenants migrateTenants() {
			return () -> List.of("from_bean");
		}

	}

}
