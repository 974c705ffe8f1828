package dev.migrate.spring.autoconfigure;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.UpToDate;
import dev.migrate.core.rolling.RollingDeploy;

/**
 * {@code migrate.run-at=ready}: what the application asks the database while it starts, on a
 * thread of its own from the moment the context starts its lifecycle beans, so that it overlaps the
 * web server's start instead of following it: registers the instance for rolling deploys (when
 * there is a {@link RollingDeploy}), then asks, only reading and without the lock, whether the
 * upgrade will have anything to do ({@link Migrator#checkUpToDate}). The pool may open by then:
 * Spring Boot has bound its meters once every bean was created.
 * <p>
 * {@link MigrateRunner} waits for it ({@link #await}) and, when there is nothing to do, takes the
 * answer instead of asking again. Nothing is applied here: an upgrade with work starts once the
 * application has started, as {@code run-at=ready} says; and the application serves nothing before
 * the runner's run has ended, so no request is served before the instance is registered.
 */
public final class MigrateStartupCheck implements SmartLifecycle {

	/** Where the registration was before this, below the web server's start/stop ({@code DEFAULT_PHASE - 2048}). */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final Migrator migrator;

	private final RollingDeploy deploy;

	private final String target;

	private final boolean check;

	private volatile BackgroundTask<Optional<UpToDate>> work;

	private volatile boolean running;

	/**
	 * @param migrator the application's migrator, which the runner upgrades with
	 * @param deploy the instance's rolling deploy, registered here; {@code null} without one
	 * @param target the runner's target
	 * @param check whether to ask about the upgrade (not when a {@link MigrateStrategy} replaces it)
	 */
	public MigrateStartupCheck(Migrator migrator, RollingDeploy deploy, String target, boolean check) {
		this.migrator = migrator;
		this.deploy = deploy;
		this.target = target;
		this.check = check;
	}

	/**
	 * Registers {@code deploy}; a failure is logged, and the heartbeat tries again.
	 * @return whether it registered
	 */
	public static boolean register(RollingDeploy deploy) {
		try {
			deploy.start();
			return true;
		}
		catch (RuntimeException ex) {
			logger.warn("This instance could not register for rolling deploys; until it can (it tries again on each "
					+ "heartbeat), other instances cannot see it and do not wait for it: {}", ex.getMessage());
			return false;
		}
	}

	@Override
	public void start() {
		this.work = BackgroundTask.start("migrate-startup", this::ask);
		this.running = true;
	}

	private Optional<UpToDate> ask() {
		// a database that refused the registration would refuse the check too: the upgrade reports it
		boolean reachable = (this.deploy == null) || register(this.deploy);
		return (this.check && reachable) ? this.migrator.checkUpToDate(this.target) : Optional.empty();
	}

	/**
	 * Waits for the registration and the check, or does them on this thread when they have not
	 * started (the context was not started as usual).
	 * @return the answer that the upgrade has nothing to do, or empty
	 */
	public Optional<UpToDate> await() {
		BackgroundTask<Optional<UpToDate>> task = this.work;
		if (task == null) {
			task = BackgroundTask.notStarted(this::ask);
			this.work = task;
		}
		Optional<UpToDate> answer = task.join(logger, "The startup check failed; the upgrade asks again");
		return (answer != null) ? answer : Optional.empty();
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
