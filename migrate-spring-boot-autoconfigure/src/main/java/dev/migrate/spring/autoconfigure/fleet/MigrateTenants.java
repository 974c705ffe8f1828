package dev.migrate.spring.autoconfigure.fleet;

import java.util.List;

/**
 * Names the tenant schemas migrate keeps current beside the main one, when a list
 * ({@code migrate.tenants.schemas}) or a query ({@code migrate.tenants.query}) does not say it well
 * enough: e.g. read from a tenant registry. Asked at every fleet run and endpoint read; a bean of
 * this type wins over both properties.
 */
@FunctionalInterface
public interface MigrateTenants {

	/** The schemas (on MariaDB/MySQL, databases) of the tenants, each migrated with its own tables and lock. */
	List<String> schemas();

}
