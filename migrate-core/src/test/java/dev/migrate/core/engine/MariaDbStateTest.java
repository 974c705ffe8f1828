package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbStateTest extends StateContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	protected String[] previousReleaseTables() {
		return new String[] { "CREATE TABLE migrate_version (version_num varchar(64) NOT NULL PRIMARY KEY)"
				+ " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin", """
				CREATE TABLE migrate_history (
					id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
					revision varchar(64) NOT NULL, operation varchar(16) NOT NULL,
					down_revisions varchar(1000) NOT NULL, checksum varchar(64) NULL, message varchar(500) NOT NULL,
					started_at datetime(3) NOT NULL, finished_at datetime(3) NULL, duration_ms bigint NULL,
					applied_by varchar(128) NOT NULL, outcome varchar(16) NOT NULL, statements_run int NOT NULL,
					failed_statement int NULL, error varchar(4000) NULL
				) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""" };
	}

}
