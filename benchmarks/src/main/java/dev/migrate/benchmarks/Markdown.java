package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The text of docs/benchmarks.md as it is written, and how every section formats its figures. */
final class Markdown {

	/** The versions of the tools, as Maven wrote them into the jar. */
	private static final Properties VERSIONS = versions();

	private final StringBuilder out = new StringBuilder();

	void line(String text) {
		this.out.append(text).append('\n');
	}

	String text() {
		return this.out.toString();
	}

	static String version(String tool) {
		return VERSIONS.getProperty(tool);
	}

	static String ms(double millis) {
		if (Double.isNaN(millis)) {
			return "–";
		}
		if (millis < 10) {
			return String.format(Locale.ROOT, "%.2f ms", millis);
		}
		return String.format(Locale.ROOT, "%,.0f ms", millis);
	}

	static String range(Samples samples) {
		return ms(samples.min()) + " – " + ms(samples.max());
	}

	static String ratio(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** A hand-written part of the report, kept as a resource beside the classes; empty when missing. */
	static String resource(String name) {
		try (InputStream in = Markdown.class.getResourceAsStream(name)) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties versions() {
		Properties versions = new Properties();
		try (InputStream in = Markdown.class.getResourceAsStream("versions.properties")) {
			if (in != null) {
				versions.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions;
	}

}
