package dev.migrate.benchmarks;

import java.nio.file.Path;

import javax.sql.DataSource;

import dev.migrate.benchmarks.floor.PlainJdbcFloor;

/** The floor ({@link PlainJdbcFloor}) on the corpus's {@code plain/} files. */
final class JdbcSubject implements Subject {

	static final String TABLE = PlainJdbcFloor.TABLE;

	@Override
	public int migrate(DataSource dataSource, Path corpus) throws Exception {
		return PlainJdbcFloor.migrate(dataSource, corpus.resolve("plain")).applied();
	}

}
