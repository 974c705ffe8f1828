package dev.migrate.core.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** The version Maven wrote into {@code version.properties} when it built these classes. */
final class CliVersion implements CommandLine.IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MigrateCli.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		return new String[] { "migrate " + properties.getProperty("version", "(version unknown: built without Maven)") };
	}

	/** This build's version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown}. */
	static String text() {
		try {
			return new CliVersion().getVersion()[0].substring("migrate ".length());
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
