package dev.migrate.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A JDBC slice test: the database is migrated before the JdbcTemplate is handed out. */
@JdbcTest
class ClinicJdbcTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void readsTheMigratedSchema() {
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM owners", Integer.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM heartbeats", Integer.class)).isZero();
	}

}
