package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.Command;

/** Where the launcher's class data sharing archives go, and which run records or uses one. */
class ClassArchiveTest {

	@TempDir
	Path directory;

	@Test
	void everyCommandGetsAnArchiveOfItsOwn() {
		assertThat(ClassArchive.COMMANDS).isEqualTo(MigrateCli.COMMANDS.stream()
			.map((command) -> command.getAnnotation(Command.class).name())
			.collect(Collectors.toSet()));
	}

	@Test
	void aRunRecordsTheArchiveUntilOneSucceededThenUsesIt() throws IOException {
		Path jar = Files.writeString(this.directory.resolve("migrate-cli.jar"), "jar");
		Path cache = this.directory.resolve("cache");
		ClassArchive archive = archive(Map.of("MIGRATE_CLI_CACHE", cache.toString()), jar, "--url", "u", "upgrade").orElseThrow();
		assertThat(archive.file().getParent()).isEqualTo(cache);
		assertThat(archive.file().getFileName().toString()).startsWith("migrate-cli-upgrade-").endsWith(".jsa");
		assertThat(archive.options()).containsExactly("-XX:ArchiveClassesAtExit=" + cache.resolve(
				archive.file().getFileName().toString().replace(".jsa", ".42.recording")), "-Xlog:cds=off",
				"-Xlog:cds+dynamic=off");
		Files.writeString(cache.resolve(archive.file().getFileName().toString().replace(".jsa", ".42.recording")), "x");
		archive.finish(1);
		assertThat(cache).isEmptyDirectory();
		Files.writeString(cache.resolve(archive.file().getFileName().toString().replace(".jsa", ".42.recording")), "x");
		archive.finish(0);
		assertThat(archive.file()).hasContent("x");
		assertThat(archive.options()).containsExactly("-XX:SharedArchiveFile=" + archive.file(), "-Xlog:cds=off",
				"-Xlog:cds+dynamic=off");
	}

	@Test
	void anotherJarOrJdkGetsAnotherArchive() throws IOException {
		Path jar = Files.writeString(this.directory.resolve("migrate-cli.jar"), "jar");
		Map<String, String> environment = Map.of("MIGRATE_CLI_CACHE", this.directory.toString());
		Path first = archive(environment, jar, "current").orElseThrow().file();
		assertThat(ClassArchive.of(environment, "/home/u", "jdk-21", new String[] { "-jar", jar.toString(), "current" }, 1)
			.orElseThrow()
			.file()).isNotEqualTo(first);
		Files.writeString(jar, "a rebuilt jar");
		assertThat(archive(environment, jar, "current").orElseThrow().file()).isNotEqualTo(first);
	}

	@Test
	void theCacheDirectoryComesFromTheEnvironmentOrTheHome() throws IOException {
		Path jar = Files.writeString(this.directory.resolve("migrate-cli.jar"), "jar");
		assertThat(archive(Map.of("XDG_CACHE_HOME", "/var/cache/u"), jar, "heads").orElseThrow().file().getParent())
			.isEqualTo(Path.of("/var/cache/u/migrate-cli"));
		assertThat(archive(Map.of(), jar, "heads").orElseThrow().file().getParent())
			.isEqualTo(Path.of("/home/u/.cache/migrate-cli"));
		assertThat(archive(Map.of("MIGRATE_CLI_CACHE", "off"), jar, "heads")).isEmpty();
	}

	@Test
	void everySpellingOfTheJarSharesOneArchiveAndTheCommandGetsTheRealPath() throws IOException {
		Path jar = Files.writeString(Files.createDirectories(this.directory.resolve("lib")).resolve("migrate-cli.jar"), "jar");
		Path link = Files.createSymbolicLink(this.directory.resolve("migrate.jar"), jar);
		Map<String, String> environment = Map.of("MIGRATE_CLI_CACHE", this.directory.toString());
		ClassArchive direct = archive(environment, jar, "heads").orElseThrow();
		ClassArchive roundabout = archive(environment, this.directory.resolve("lib/../lib/./migrate-cli.jar"), "heads")
			.orElseThrow();
		ClassArchive linked = archive(environment, link, "heads").orElseThrow();
		assertThat(direct.jar()).isEqualTo(jar.toRealPath()).isAbsolute();
		assertThat(roundabout.jar()).isEqualTo(direct.jar());
		assertThat(linked.jar()).isEqualTo(direct.jar());
		assertThat(roundabout.file()).isEqualTo(direct.file());
		assertThat(linked.file()).isEqualTo(direct.file());
	}

	@Test
	void noArchiveWithoutACommandOrAJar() throws IOException {
		Path jar = Files.writeString(this.directory.resolve("migrate-cli.jar"), "jar");
		assertThat(archive(Map.of(), jar, "--version")).isEmpty();
		assertThat(archive(Map.of(), this.directory.resolve("missing.jar"), "heads")).isEmpty();
		assertThat(ClassArchive.of(Map.of(), "/home/u", "jdk", new String[] { "-cp", jar.toString(), "Main", "heads" }, 1))
			.isEmpty();
	}

	private static Optional<ClassArchive> archive(Map<String, String> environment, Path jar, String... arguments) {
		String[] all = new String[arguments.length + 2];
		all[0] = "-jar";
		all[1] = jar.toString();
		System.arraycopy(arguments, 0, all, 2, arguments.length);
		return ClassArchive.of(environment, "/home/u", "jdk-17", all, 42);
	}

}
