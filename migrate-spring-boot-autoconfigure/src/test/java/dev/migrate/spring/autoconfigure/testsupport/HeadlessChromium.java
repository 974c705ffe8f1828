package dev.migrate.spring.autoconfigure.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Debian's {@code chromium} taking a screenshot of a page, in a throwaway profile, with everything
 * that would reach the network on its own switched off. Absent, it fails the test with how to
 * install it: a page test that silently skipped would prove nothing.
 */
public final class HeadlessChromium {

	private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

	private HeadlessChromium() {
	}

	public static BufferedImage screenshot(URI page, int width, int height) throws IOException, InterruptedException {
		String binary = CANDIDATES.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst()
			.orElseThrow(() -> new AssertionError("This test loads a page in headless Chromium, which is not installed ("
					+ String.join(" or ", CANDIDATES) + " not found). Install it: apt-get install -y chromium "
					+ "(.ci/run does this when it is missing)."));
		Path dir = Files.createTempDirectory("migrate-chromium");
		try {
			Path png = dir.resolve("page.png");
			Path log = dir.resolve("chromium.log");
			Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"),
					"--screenshot=" + png, "--window-size=" + width + "," + height, page.toString())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(90, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("chromium did not finish within 90 s: " + tail(log));
			}
			if (!Files.exists(png)) {
				throw new AssertionError("chromium wrote no screenshot (exit " + process.exitValue() + "): " + tail(log));
			}
			return ImageIO.read(png.toFile());
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** How many pixels of the image have exactly this colour ({@code #rrggbb}). */
	public static int count(BufferedImage image, String colour) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xffffff) == rgb) {
					count++;
				}
			}
		}
		return count;
	}

	private static String tail(Path log) throws IOException {
		String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		return text.substring(Math.max(0, text.length() - 2000));
	}

}
