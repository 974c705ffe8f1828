package dev.migrate.spring.autoconfigure;

import java.util.function.Supplier;

import org.springframework.boot.ExitCodeGenerator;

import dev.migrate.core.MigrateException;

/**
 * A migrate error while the context starts (bad configuration, revisions or graph), carrying
 * the exit status of its {@link dev.migrate.core.ErrorCode} for Spring Boot to exit with. Spring
 * Boot loses it when announcing the exit code fails on the half-started context (with the
 * actuator present, it does), so command mode does not rely on it: there the context is lazy and
 * {@link MigrateCommandRunner} turns these errors into exit statuses itself.
 */
final class MigrateStartupException extends RuntimeException implements ExitCodeGenerator {

	private final int exitCode;

	MigrateStartupException(MigrateException cause) {
		super(cause.getMessage(), cause);
		this.exitCode = cause.code().exitStatus();
	}

	/** Returns what {@code creation} returns, or wraps the migrate error it throws. */
	static <T> T wrapping(Supplier<T> creation) {
		try {
			return creation.get();
		}
		catch (MigrateException ex) {
			throw new MigrateStartupException(ex);
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
