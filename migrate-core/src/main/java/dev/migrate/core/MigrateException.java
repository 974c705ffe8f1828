package dev.migrate.core;

import java.util.Objects;

/**
 * Root of every error migrate reports. The message says what failed, where (file, line,
 * revision) and what to do about it; the {@link ErrorCode} says what kind of failure it is.
 */
public class MigrateException extends RuntimeException {

	private final ErrorCode code;

	public MigrateException(ErrorCode code, String message) {
		this(code, message, null);
	}

	public MigrateException(ErrorCode code, String message, Throwable cause) {
		super(message, cause);
		this.code = Objects.requireNonNull(code, "code");
	}

	public ErrorCode code() {
		return this.code;
	}

}
