package dev.migrate.sample.tenants;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.migrate.core.dialect.Identifiers;
import dev.migrate.spring.autoconfigure.fleet.MigrateTenants;

/**
 * The sample's tenant registry: one schema per tenant, each with its own bookmarks table, migrated
 * by migrate with the same revisions as the main schema. It starts with {@code bookmarks.tenants}
 * (two by default) and creates their schemas if they are missing; {@link TenantController} adds
 * tenants while the application runs. A real registry would keep the names in a table.
 */
@Component
public class Tenants implements MigrateTenants {

	private final JdbcTemplate jdbc;

	private final Set<String> names = new CopyOnWriteArraySet<>();

	public Tenants(JdbcTemplate jdbc, @Value("${bookmarks.tenants:tenant_a,tenant_b}") List<String> initial) {
		this.jdbc = jdbc;
		initial.stream().map(String::strip).filter(name -> !name.isEmpty()).forEach(this::create);
	}

	@Override
	public List<String> schemas() {
		return List.copyOf(this.names);
	}

	/** Creates the tenant's schema when it is missing and registers it. */
	public void create(String name) {
		Identifiers.requireValid("tenant", name);
		// quoted: H2 keeps the name as written (lower case), as migrate and PostgreSQL do
		this.jdbc.execute("CREATE SCHEMA IF NOT EXISTS \"" + name + "\"");
		this.names.add(name);
	}

}
