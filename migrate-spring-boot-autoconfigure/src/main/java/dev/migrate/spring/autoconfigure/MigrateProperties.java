package dev.migrate.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of migrate, under {@code migrate.*}. Values are checked by core's own rules when
 * the migrator is built, so a bad name fails startup with a message naming the property.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

	/** Whether to enable migrate. */
	private boolean enabled = true;

	/** Whether to upgrade the database once the application is ready. */
	private boolean runOnReady = true;

	/**
	 * When the application upgrades its database: 'ready' once it has started, before its own
	 * runners; 'startup' while the context starts, before the beans that use the schema. Default
	 * 'ready', or 'startup' when JPA validates the schema.
	 */
	private RunAt runAt;

	/** Whether to stop the application when the upgrade at startup fails. */
	private boolean failOnError = true;

	/**
	 * Locations of revision files: 'classpath:' or 'filesystem:' folders, searched recursively;
	 * '{vendor}' is replaced by the database's vendor (postgresql, mariadb, mysql, h2), and folders
	 * named after another vendor are not read.
	 */
	private List<String> locations = new ArrayList<>(List.of("classpath:db/revisions"));

	/** Target of the upgrade: heads, head, a revision id or prefix, label@head, +N and so on. */
	private String target = "heads";

	/** Schema of the version and history tables, when not the connection's current schema. */
	private String schema;

	/** Name of the version table. */
	private String versionTable = "migrate_version";

	/** Name of the history table. */
	private String historyTable = "migrate_history";

	/** Whether to stop the upgrade when an applied revision's content has changed since it ran. */
	private boolean validateChecksums = true;

	/**
	 * Command of the command line to run, with its arguments ('upgrade', 'downgrade -1', 'current
	 * --json', ...), instead of starting the application; it exits with the command's status.
	 */
	private String command;

	/** Folder that 'revision' and 'merge' write new revision files to; '{vendor}' is replaced as in locations. */
	private String revisionDir = "src/main/resources/db/revisions";

	/**
	 * When contract revisions are applied: 'auto' by a running instance once no live instance runs code
	 * that lacks them; 'startup' at startup like any other; 'manual' never by the application.
	 */
	private dev.migrate.core.rolling.ContractMode contract = dev.migrate.core.rolling.ContractMode.AUTO;

	@org.springframework.boot.context.properties.NestedConfigurationProperty
	private final MigrateInstancesProperties instances = new MigrateInstancesProperties();

	private final Baseline baseline = new Baseline();

	private final Lock lock = new Lock();

	private final Guard guard = new Guard();

	@org.springframework.boot.context.properties.NestedConfigurationProperty
	private final MigrateDatasourceProperties datasource = new MigrateDatasourceProperties();

	public dev.migrate.core.rolling.ContractMode getContract() {
		return this.contract;
	}

	public void setContract(dev.migrate.core.rolling.ContractMode contract) {
		this.contract = contract;
	}

	public MigrateInstancesProperties getInstances() {
		return this.instances;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isRunOnReady() {
		return this.runOnReady;
	}

	public void setRunOnReady(boolean runOnReady) {
		this.runOnReady = runOnReady;
	}

	public RunAt getRunAt() {
		return this.runAt;
	}

	public void setRunAt(RunAt runAt) {
		this.runAt = runAt;
	}

	public boolean isFailOnError() {
		return this.failOnError;
	}

	public void setFailOnError(boolean failOnError) {
		this.failOnError = failOnError;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public String getSchema() {
		return this.schema;
	}

	public void setSchema(String schema) {
		this.schema = schema;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public String getRevisionDir() {
		return this.revisionDir;
	}

	public void setRevisionDir(String revisionDir) {
		this.revisionDir = revisionDir;
	}

	public boolean isValidateChecksums() {
		return this.validateChecksums;
	}

	public void setValidateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
	}

	public String getCommand() {
		return this.command;
	}

	public void setCommand(String command) {
		this.command = command;
	}

	public Baseline getBaseline() {
		return this.baseline;
	}

	public Lock getLock() {
		return this.lock;
	}

	public Guard getGuard() {
		return this.guard;
	}

	public MigrateDatasourceProperties getDatasource() {
		return this.datasource;
	}

	/** Adoption of a database that predates migrate. */
	public static class Baseline {

		/** Revision at which a schema that has tables but no version table is stamped, then upgraded. */
		private String revision;

		public String getRevision() {
			return this.revision;
		}

		public void setRevision(String revision) {
			this.revision = revision;
		}

	}

	/** The database lock that lets one instance migrate at a time. */
	public static class Lock {

		/** Name of the lock: instances with the same namespace and schema take turns. */
		private String namespace = "migrate";

		/** How long to wait for another instance's run to release the lock. */
		private Duration timeout = Duration.ofSeconds(60);

		public String getNamespace() {
			return this.namespace;
		}

		public void setNamespace(String namespace) {
			this.namespace = namespace;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/** The expand/contract guard run on the revisions an upgrade is about to apply. */
	public static class Guard {

		/** What the expand/contract guard does with the revisions an upgrade is about to apply. */
		private Mode mode = Mode.WARN;

		public Mode getMode() {
			return this.mode;
		}

		public void setMode(Mode mode) {
			this.mode = mode;
		}

		/** What the upgrade does with the guard's findings. */
		public enum Mode {

			/** A blocking finding stops the upgrade before anything is applied. */
			FAIL,

			/** Findings are logged and the upgrade goes on. */
			WARN,

			/** The guard does not run. */
			OFF

		}

	}

}
