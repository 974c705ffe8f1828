package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.engine.ChecksumMismatchException;
import dev.migrate.core.engine.DivergedException;
import dev.migrate.core.engine.LegacySchemaException;
import dev.migrate.core.engine.RecordedFailureException;
import dev.migrate.core.engine.RevisionFailedException;
import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.lock.LockTimeoutException;
import dev.migrate.core.plan.Operation;

class MigrateFailureAnalyzerTests {

	private final MigrateFailureAnalyzer analyzer = new MigrateFailureAnalyzer(new org.springframework.mock.env.MockEnvironment());

	@Test
	void findsTheMigrateErrorInsideABeanCreationFailure() {
		MigrateException cause = new MigrateException(ErrorCode.USAGE, "Invalid migrate.schema 'a b'");
		FailureAnalysis analysis = this.analyzer
			.analyze(new BeanCreationException("migrateSettings", "failed", new MigrateStartupException(cause)));
		assertThat(analysis.getDescription()).isEqualTo("Invalid migrate.schema 'a b'");
		assertThat(analysis.getAction()).contains("Fix the migrate.* property named above");
		assertThat(analysis.getCause()).isSameAs(cause);
	}

	@Test
	void ignoresOtherFailures() {
		assertThat(this.analyzer.analyze(new IllegalStateException("not ours"))).isNull();
	}

	@Test
	void legacySchemaNamesTheBaselineProperty() {
		assertThat(action(new LegacySchemaException("public", "migrate_version", List.of("users"))))
			.contains("migrate.baseline.revision");
	}

	@Test
	void recordedFailureNamesTheResolveCommand() {
		HistoryEntry entry = new HistoryEntry("a1b2c3d4e5f6", Operation.UPGRADE, List.of(), null, "m", Instant.EPOCH,
				Instant.EPOCH, 0L, "me", Outcome.FAILED, 1, 2, "boom");
		assertThat(action(new RecordedFailureException(new HistoryRow(1, entry))))
			.contains("migrate resolve a1b2c3d4e5f6 --applied")
			.contains("migrate.fail-on-error=false");
	}

	@Test
	void checksumMismatchNamesValidateChecksums() {
		assertThat(action(new ChecksumMismatchException("a1b2c3d4e5f6", "db/revisions/x.sql", "aa", "bb")))
			.contains("Restore revision a1b2c3d4e5f6")
			.contains("migrate.validate-checksums=false");
	}

	@Test
	void divergedSaysToDeployOrMerge() {
		assertThat(action(new DivergedException(List.of("ffff00000000"), "it is on another branch")))
			.contains("merge the branches");
	}

	@Test
	void lockTimeoutNamesTheTimeoutProperty() {
		assertThat(action(new LockTimeoutException("migration lock", Duration.ofSeconds(60), Duration.ofSeconds(60),
				"pid 42", null)))
			.contains("raise migrate.lock.timeout");
	}

	@Test
	void failedRevisionNamesTheRevisionAndFailOnError() {
		assertThat(action(new RevisionFailedException("a1b2c3d4e5f6", "statement 2 failed", 7, 2, null)))
			.contains("Fix revision a1b2c3d4e5f6")
			.contains("migrate.fail-on-error=false");
	}

	@Test
	void everyErrorCodeHasAnAction() {
		for (ErrorCode code : ErrorCode.values()) {
			assertThat(action(new MigrateException(code, "message"))).as(code.name()).isNotBlank();
		}
		assertThat(action(new MigrateException(ErrorCode.INVALID_TARGET, "x"))).contains("migrate.target");
		assertThat(action(new MigrateException(ErrorCode.INVALID_GRAPH, "x"))).contains("migrate.locations");
		assertThat(action(new MigrateException(ErrorCode.DATABASE, "x"))).contains("migrate.datasource");
	}

	@Test
	void exitStatusIsTheErrorCodes() {
		assertThat(MigrateFailures.exitStatus(new IllegalStateException(new MigrateException(ErrorCode.INVALID_GRAPH,
				"x")))).isEqualTo(2);
		assertThat(MigrateFailures.exitStatus(new MigrateException(ErrorCode.DATABASE, "x"))).isEqualTo(1);
		assertThat(MigrateFailures.exitStatus(new IllegalStateException("not ours"))).isEqualTo(1);
	}

	private String action(MigrateException ex) {
		FailureAnalysis analysis = this.analyzer.analyze(ex);
		assertThat(analysis.getDescription()).isEqualTo(ex.getMessage());
		return analysis.getAction();
	}

}
