package dev.migrate.spring.autoconfigure;

import java.time.Duration;

/** The instance registry of rolling deploys, under {@code migrate.instances.*}. */
public class MigrateInstancesProperties {

	/**
	 * How often a running instance writes its heartbeat to migrate_instances; an instance that missed
	 * three is gone.
	 */
	private Duration heartbeat = Duration.ofSeconds(10);

	// the same as dev.migrate.core.rolling.RollingDeploy.DEFAULT_HEARTBEAT, written out for the metadata

	public Duration getHeartbeat() {
		return this.heartbeat;
	}

	public void setHeartbeat(Duration heartbeat) {
		this.heartbeat = heartbeat;
	}

}
