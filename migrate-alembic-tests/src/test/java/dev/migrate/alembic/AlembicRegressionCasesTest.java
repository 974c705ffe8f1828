package dev.migrate.alembic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The smallest graphs and commands that showed each disagreement found so far, one file each in
 * {@code src/test/resources/cases/}, run on every build of the suite.
 */
class AlembicRegressionCasesTest extends DifferentialSuite {

	@TestFactory
	Stream<DynamicTest> regressionCases() throws IOException, URISyntaxException {
		Path folder = Path.of(AlembicRegressionCasesTest.class.getResource("/cases").toURI());
		try (Stream<Path> files = Files.list(folder)) {
			return tests(files.filter(file -> file.toString().endsWith(".case")).sorted().toList().stream().map(file -> {
				try {
					return CaseFile.parse(file.getFileName().toString(), Files.readString(file));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}
	}

}
