package dev.migrate.core.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.H2Dialect;

/** A uniquely named in-memory H2 database, kept until {@link #close()} shuts it down. */
public final class H2Fixture extends DatabaseFixture {

	private final String url = "jdbc:h2:mem:" + uniqueName() + ";DB_CLOSE_DELAY=-1";

	private final DataSource dataSource = new DriverManagerDataSource(this.url, "sa", "");

	public H2Fixture() {
		checkProduct();
	}

	@Override
	public String jdbcUrl() {
		return this.url;
	}

	@Override
	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public Dialect dialect() {
		return new H2Dialect();
	}

	@Override
	public String schema() {
		return "PUBLIC";
	}

	@Override
	protected String productName() {
		return "H2";
	}

	@Override
	protected void admin(String sql) throws SQLException {
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	protected void dropDatabase() throws SQLException {
		// extra schemas go with the database
		admin("SHUTDOWN");
	}

}
