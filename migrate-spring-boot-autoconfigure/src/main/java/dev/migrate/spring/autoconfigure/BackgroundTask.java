package dev.migrate.spring.autoconfigure;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;

/**
 * Work begun on a daemon thread of its own while the context starts, whose result a later caller
 * takes ({@link #join}): that caller runs the work itself when no thread has begun it, and otherwise
 * waits for the thread. A failure is the caller's to redo, so it is only logged at debug.
 */
final class BackgroundTask<T> {

	private final FutureTask<T> task;

	private BackgroundTask(Callable<T> work) {
		this.task = new FutureTask<>(work);
	}

	/** Begins {@code work} on a daemon thread named {@code threadName}. */
	static <T> BackgroundTask<T> start(String threadName, Callable<T> work) {
		BackgroundTask<T> background = new BackgroundTask<>(work);
		Thread thread = new Thread(background.task, threadName);
		thread.setDaemon(true);
		thread.start();
		return background;
	}

	/** {@code work}, begun by the first {@link #join}. */
	static <T> BackgroundTask<T> notStarted(Callable<T> work) {
		return new BackgroundTask<>(work);
	}

	/**
	 * The work's result, once it is done: run on this thread unless a thread already runs it.
	 * @return the result, or {@code null} when the work failed (logged as {@code failure}) or the wait
	 * was interrupted
	 */
	T join(Logger logger, String failure) {
		this.task.run();
		try {
			return this.task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException ex) {
			logger.debug(failure, ex.getCause());
			return null;
		}
	}

}
