package dev.migrate.it.rolling;

class MariaDbRollingDeployProcessesTests extends RollingDeployProcessesTests {

	@Override
	protected RollingDatabase createDatabase() {
		return RollingDatabase.mariadb();
	}

}
