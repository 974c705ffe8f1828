package dev.migrate.it.rolling;

class PostgresRollingDeployProcessesTests extends RollingDeployProcessesTests {

	@Override
	protected RollingDatabase createDatabase() {
		return RollingDatabase.postgres();
	}

}
