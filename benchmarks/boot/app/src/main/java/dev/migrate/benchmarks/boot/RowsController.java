package dev.migrate.benchmarks.boot;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The app's own endpoint: reads the table that the first migration of the benchmark's corpus creates. */
@RestController
class RowsController {

	private final JdbcClient jdbc;

	RowsController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/rows")
	List<Map<String, Object>> rows() {
		return this.jdbc.sql("SELECT id, name FROM bench_00001 ORDER BY id").query().listOfRows();
	}

}
