package dev.migrate.core.revision;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads whole files, one after the other, into a buffer kept from file to file. A thousand small
 * revision files are read at every start, in a JVM that has compiled nothing yet: a plain
 * {@link FileInputStream} into a reused buffer costs about half of {@link Files#readAllBytes} there
 * (a channel, a {@code stat} for the size and a new buffer per file). Paths of other file systems
 * than the default one are read with {@link Files#readAllBytes}.
 */
final class FileContents {

	private byte[] buffer = new byte[16 * 1024];

	/** The file's bytes; a folder or an unreadable file fails with an {@link IOException}. */
	byte[] read(Path file) throws IOException {
		if (file.getFileSystem() != FileSystems.getDefault()) {
			return Files.readAllBytes(file);
		}
		try (FileInputStream in = new FileInputStream(file.toString())) {
			int length = 0;
			while (true) {
				if (length == this.buffer.length) {
					this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
				}
				int read = in.read(this.buffer, length, this.buffer.length - length);
				if (read < 0) {
					return Arrays.copyOf(this.buffer, length);
				}
				length += read;
			}
		}
	}

}
