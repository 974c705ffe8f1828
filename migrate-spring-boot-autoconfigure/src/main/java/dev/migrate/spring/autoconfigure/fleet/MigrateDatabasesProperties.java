package dev.migrate.spring.autoconfigure.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Further databases migrate keeps current beside the application's own ({@code migrate.datasources.<name>.*}). */
@ConfigurationProperties("migrate")
public class MigrateDatabasesProperties {

	/** Further databases by name, each migrated with its own revisions, lock and history. */
	private Map<String, Database> datasources = new LinkedHashMap<>();

	public Map<String, Database> getDatasources() {
		return this.datasources;
	}

	public void setDatasources(Map<String, Database> datasources) {
		this.datasources = datasources;
	}

	/** One further database. */
	public static class Database {

		/** JDBC URL of the database; not needed when a {@code @MigrateDatabase("<name>")} DataSource bean exists. */
		private String url;

		/** Login user of the database. */
		private String username;

		/** Login password of the database. */
		private String password;

		/** Where this database's revisions are (default: classpath:db/&lt;name&gt;); may contain {vendor}. */
		private List<String> locations = new ArrayList<>();

		/** Schema of its version and history tables (default: the connection's current schema). */
		private String schema;

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public List<String> getLocations() {
			return this.locations;
		}

		public void setLocations(List<String> locations) {
			this.locations = locations;
		}

		public String getSchema() {
			return this.schema;
		}

		public void setSchema(String schema) {
			this.schema = schema;
		}

	}

}
