package dev.migrate.spring.autoconfigure.fleet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks a {@link javax.sql.DataSource} bean as a further database migrate keeps current, under
 * {@link #value() a name}: its own graph ({@code migrate.datasources.<name>.locations}, default
 * {@code classpath:db/<name>}), lock and history, reported under {@code "datasources"} of the
 * endpoint. For DataSources the application builds itself; {@code migrate.datasources.<name>.url}
 * builds one instead. (Not to be confused with {@code @MigrateDataSource}, which picks the
 * DataSource of the main schema.) Declare it with {@code @Bean(defaultCandidate = false)} so that
 * it is not injected where the application's DataSource is expected.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface MigrateDatabase {

	/** The database's name: its key under {@code migrate.datasources} and in the endpoint. */
	String value();

}
