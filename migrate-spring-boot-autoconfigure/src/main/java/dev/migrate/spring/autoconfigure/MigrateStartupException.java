package dev.migrate.spring.autoconfigure;

import java.util.function.Supplier;

import org.springframework.boot.ExitCodeGenerator;

import dev.migrate.core.MigrateException;

/**
 * A migrate error while the context starts (bad configuration, revisions or graph), carrying
 * the exit status of its {@link dev.migrate.core.ErrorCode}: Spring Boot exits with it, so an
 * input error ends a {@code migrate.command} run with 2 as on the command line.
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
