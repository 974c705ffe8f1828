package dev.migrate.core.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;

import dev.migrate.core.Secrets;

/**
 * Everything the command line prints passes here and leaves without the run's secrets. Text is
 * held until its line ends, so that a secret written in pieces is still found whole.
 */
final class ScrubbingWriter extends Writer {

	private final Writer target;

	/** Read at each line: the secrets are known only once the arguments are parsed. */
	private final Supplier<Secrets> secrets;

	private final StringBuilder line = new StringBuilder();

	ScrubbingWriter(Writer target, Supplier<Secrets> secrets) {
		this.target = target;
		this.secrets = secrets;
	}

	@Override
	public void write(char[] buffer, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			this.line.append(buffer[i]);
			if (buffer[i] == '\n') {
				emit();
			}
		}
	}

	private void emit() throws IOException {
		if (!this.line.isEmpty()) {
			this.target.write(this.secrets.get().scrub(this.line.toString()));
			this.line.setLength(0);
		}
	}

	@Override
	public void flush() throws IOException {
		emit();
		this.target.flush();
	}

	@Override
	public void close() throws IOException {
		flush();
	}

}
