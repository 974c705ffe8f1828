package dev.migrate.core.revision;

import java.util.Objects;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * A revision file is malformed. The message starts with {@code <file>:<line>: } so that editors
 * and CI logs can jump to the offending line, then says what is wrong and how to fix it.
 */
public class RevisionFileException extends MigrateException {

	private final String file;

	private final int line;

	/**
	 * @param file the source name of the file, e.g. {@code classpath:db/revisions/4f2a_add.sql}
	 * @param line the 1-based line the problem is on
	 * @param problem what is wrong and what to do, without the location prefix
	 */
	public RevisionFileException(String file, int line, String problem) {
		this(file, line, problem, null);
	}

	public RevisionFileException(String file, int line, String problem, Throwable cause) {
		super(ErrorCode.INVALID_REVISION, Objects.requireNonNull(file, "file") + ":" + line + ": " + problem, cause);
		this.file = file;
		this.line = line;
	}

	/** The source name of the malformed file. */
	public String file() {
		return this.file;
	}

	/** The 1-based line the problem is on. */
	public int line() {
		return this.line;
	}

}
