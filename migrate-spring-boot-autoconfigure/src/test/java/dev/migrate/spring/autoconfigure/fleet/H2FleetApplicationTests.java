package dev.migrate.spring.autoconfigure.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tenant schemas in one in-memory H2 database. */
class H2FleetApplicationTests extends FleetApplicationContractTests {

	private final String url = "jdbc:h2:mem:fleet_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

	@Override
	protected String url() {
		return this.url;
	}

	@Test
	void atStartupTheTenantsAreMigratedBeforeTheBeansThatUseTheDatabase() throws Exception {
		List<String> fleet = createTenants(3);
		SpringApplication application = new SpringApplication(StartupApplication.class);
		application.setRegisterShutdownHook(false);
		try (ConfigurableApplicationContext context = application.run("--spring.main.web-application-type=none",
				"--spring.datasource.url=" + url(), "--spring.datasource.username=sa", "--migrate.run-at=startup",
				"--migrate.tenants.schemas=" + String.join(",", fleet))) {
			assertThat(context.getBean(TenantReader.class).bookmarks()).as("read while the context started").isEqualTo(1);
			assertThat(context.getBean(MigrateFleet.class).failed()).isEmpty();
		}
	}

	/** Reads the last tenant's table while the context starts: only after the fleet has run. */
	static final class TenantReader {

		private final Integer bookmarks;

		TenantReader(JdbcTemplate jdbc, String tenant) {
			this.bookmarks = jdbc.queryForObject("SELECT count(*) FROM \"" + tenant + "\".bookmarks", Integer.class);
		}

		Integer bookmarks() {
			return this.bookmarks;
		}

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class StartupApplication {

		@Bean
		@DependsOnDatabaseInitialization
		TenantReader tenantReader(JdbcTemplate jdbc, org.springframework.core.env.Environment environment) {
			List<String> tenants = List.of(environment.getProperty("migrate.tenants.schemas").split(","));
			return new TenantReader(jdbc, tenants.get(tenants.size() - 1));
		}

	}

	@Override
	protected void dropMain() {
		try {
			execute("SHUTDOWN");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	protected String user() {
		return "sa";
	}

	@Override
	protected String createSchemaSql(String name) {
		return "CREATE SCHEMA \"" + name + "\"";
	}

	@Override
	protected String dropSchemaSql(String name) {
		return "DROP SCHEMA \"" + name + "\" CASCADE";
	}

	@Override
	protected String table(String schema, String table) {
		return "\"" + schema + "\"." + table;
	}

}
