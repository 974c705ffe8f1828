package dev.migrate.core.verify;

import java.util.List;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;

/**
 * The schema an application's entities describe, compared with a schema the revisions built: what
 * the entities-match check asks. Spring Boot's side supplies it when JPA is present.
 */
@FunctionalInterface
public interface EntityModel {

	/**
	 * Every difference between the entities and {@code schema}, which the revisions have just
	 * upgraded to heads, each one line naming the table or column and both sides; empty when they
	 * agree.
	 * @param dataSource connections whose current schema is {@code schema}
	 */
	List<String> differences(DataSource dataSource, String schema, Dialect dialect);

}
