package dev.migrate.spring.autoconfigure;

/** A separate connection for migrations, e.g. a user allowed to run DDL. */
public class MigrateDatasourceProperties {

	/** JDBC URL of a separate connection for migrations, instead of the application's DataSource. */
	private String url;

	/** Login user for migrations; without a URL, used on the application's database. */
	private String username;

	/** Login password for migrations. */
	private String password;

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

}
