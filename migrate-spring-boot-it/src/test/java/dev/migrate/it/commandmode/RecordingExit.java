package dev.migrate.it.commandmode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContext;

import dev.migrate.spring.autoconfigure.MigrateExit;

/** Records exit statuses instead of ending the JVM. */
public final class RecordingExit implements MigrateExit {

	private final List<Integer> statuses = new CopyOnWriteArrayList<>();

	@Override
	public void exit(ApplicationContext context, int status) {
		this.statuses.add(status);
	}

	public List<Integer> statuses() {
		return this.statuses;
	}

}
