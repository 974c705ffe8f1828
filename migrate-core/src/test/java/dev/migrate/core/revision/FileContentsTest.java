package dev.migrate.core.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentsTest {

	@TempDir
	Path folder;

	@Test
	void eachFileGivesItsOwnBytesWhateverWasReadBefore() throws IOException {
		byte[] large = new byte[100_000];
		new Random(17).nextBytes(large);
		Path big = Files.write(this.folder.resolve("big.sql"), large);
		Path small = Files.writeString(this.folder.resolve("small.sql"), "SELECT 1;\n");
		Path empty = Files.write(this.folder.resolve("empty.sql"), new byte[0]);
		FileContents contents = new FileContents();
		assertThat(contents.read(small)).isEqualTo(Files.readAllBytes(small));
		assertThat(contents.read(big)).as("larger than the buffer").isEqualTo(large);
		assertThat(contents.read(small)).as("after a larger file").isEqualTo("SELECT 1;\n".getBytes());
		assertThat(contents.read(empty)).isEmpty();
	}

	@Test
	void aFolderOrAMissingFileFails() throws IOException {
		Path named = Files.createDirectory(this.folder.resolve("2025.sql"));
		FileContents contents = new FileContents();
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> contents.read(named));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> contents.read(this.folder.resolve("none.sql")));
	}

}
