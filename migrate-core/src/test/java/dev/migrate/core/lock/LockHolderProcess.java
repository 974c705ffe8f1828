package dev.migrate.core.lock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.DriverManagerDataSource;

/**
 * A separate JVM that takes the default lock on a database, says so on its standard output and
 * holds it until it is killed: the run that crashes in the crash tests.
 */
public final class LockHolderProcess {

	private LockHolderProcess() {
	}

	/** Arguments: JDBC URL and user (no password), as the test fixtures connect. */
	public static void main(String[] args) throws Exception {
		String url = args[0];
		HeldLock held = DatabaseLocks.forDialect(Dialects.builtIn().forUrl(url),
				new DriverManagerDataSource(url, args[1], ""), LockSettings.defaults(null), Clock.systemUTC(),
				LockListener.NONE)
			.acquire();
		System.out.println("HELD " + held.description());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

	/** Starts a holder on {@code database} and returns once it holds the lock. */
	static Process start(DatabaseFixture database, String user) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				LockHolderProcess.class.getName(), database.jdbcUrl(), user)
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = CompletableFuture.supplyAsync(() -> {
			try {
				return output.readLine();
			}
			catch (IOException ex) {
				return null;
			}
		}).get(20, TimeUnit.SECONDS);
		if (line == null || !line.startsWith("HELD ")) {
			process.destroyForcibly();
			throw new IllegalStateException("The lock holder process did not take the lock: " + line);
		}
		return process;
	}

	/** {@code kill -9}: the JVM gets no chance to release anything. */
	static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The lock holder process did not die");
		}
	}

}
