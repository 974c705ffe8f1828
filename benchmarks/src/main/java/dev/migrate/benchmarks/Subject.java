package dev.migrate.benchmarks;

import java.nio.file.Path;

import javax.sql.DataSource;

/**
 * One tool bringing a database up to date with the corpus, through the API an application would
 * call. What one forked JVM of {@link Run} times.
 */
interface Subject {

	/**
	 * Applies whatever the database lacks.
	 * @param corpus the root that {@link Corpus} wrote
	 * @return how many migrations ran, or -1 when the tool does not say
	 */
	int migrate(DataSource dataSource, Path corpus) throws Exception;

}
