package dev.migrate.spring.autoconfigure.fleet;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.migrate.core.fleet.Fleet;

/** Schema-per-tenant: the schemas migrated beside the main one ({@code migrate.tenants.*}). */
@ConfigurationProperties("migrate.tenants")
public class MigrateTenantsProperties {

	/** Tenant schemas (on MariaDB/MySQL, databases) to keep current, each with its own version and history tables. */
	private List<String> schemas = new ArrayList<>();

	/** SQL query whose first column names the tenant schemas, run on the migration database at each fleet run. */
	private String query;

	/** How many tenants to migrate at a time, on a pool of its own of parallelism + 1 connections. */
	private int parallelism = Fleet.DEFAULT_PARALLELISM;

	public List<String> getSchemas() {
		return this.schemas;
	}

	public void setSchemas(List<String> schemas) {
		this.schemas = schemas;
	}

	public String getQuery() {
		return this.query;
	}

	public void setQuery(String query) {
		this.query = query;
	}

	public int getParallelism() {
		return this.parallelism;
	}

	public void setParallelism(int parallelism) {
		this.parallelism = parallelism;
	}

	/** Whether any tenant source is configured. */
	boolean isConfigured() {
		return !this.schemas.isEmpty() || (this.query != null && !this.query.isBlank());
	}

}
