package dev.migrate.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The build step that makes picocli's classes archivable: the same jar, picocli's classes as Java 8 class files. */
class ClassFileUpgradeTest {

	@TempDir
	Path directory;

	@Test
	void picocliBecomesJava8ClassFilesThatTheJvmVerifiesAndEverythingElseStaysAsItWas() throws Exception {
		Map<String, byte[]> before = new LinkedHashMap<>();
		before.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());
		before.putAll(entries(picocliJar()));
		before.put("dev/migrate/Other.class", ClassFileUpgradeTest.class.getResourceAsStream("ClassFileUpgradeTest.class")
			.readAllBytes());
		Path jar = this.directory.resolve("cli.jar");
		write(jar, before);
		List<String> old = before.keySet().stream()
			.filter((name) -> name.startsWith("picocli/") && name.endsWith(".class"))
			.filter((name) -> ClassFileUpgrade.majorVersion(before.get(name)) < 50)
			.toList();
		assertThat(old).as("picocli is still compiled for Java 5; if no longer, drop this build step").hasSizeGreaterThan(100);

		int upgraded = ClassFileUpgrade.upgrade(jar, List.of("picocli/"));

		Map<String, byte[]> after = entries(jar);
		assertThat(upgraded).isEqualTo(old.size());
		assertThat(new ArrayList<>(after.keySet())).as("every entry, in its order").isEqualTo(new ArrayList<>(before.keySet()));
		for (String name : after.keySet()) {
			if (old.contains(name)) {
				assertThat(ClassFileUpgrade.majorVersion(after.get(name))).as(name).isEqualTo(52);
			}
			else {
				assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
			}
		}
		assertThat(verifyErrors(jar, old)).as("classes the JVM refuses to verify").isEmpty();
		assertThat(Files.list(this.directory)).as("no temporary file left").containsExactly(jar);
	}

	/** Loads and initialises every class in a loader of its own, which makes the JVM verify it. */
	private static List<String> verifyErrors(Path jar, List<String> classFiles) throws IOException {
		List<String> errors = new ArrayList<>();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, ClassLoader.getPlatformClassLoader())) {
			for (String file : classFiles) {
				String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
				try {
					Class.forName(name, true, loader);
				}
				catch (VerifyError | ClassFormatError ex) {
					errors.add(name + ": " + ex.getMessage());
				}
				catch (Throwable ex) {
					// verified: an initialiser that needs more than a bare JVM does not concern the class file
				}
			}
		}
		return errors;
	}

	private static Path picocliJar() throws URISyntaxException {
		return Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private static Map<String, byte[]> entries(Path jar) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (!entry.isDirectory() && !entry.getName().endsWith("module-info.class")) {
					entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
				}
			}
		}
		return entries;
	}

	private static void write(Path jar, Map<String, byte[]> entries) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
	}

}
