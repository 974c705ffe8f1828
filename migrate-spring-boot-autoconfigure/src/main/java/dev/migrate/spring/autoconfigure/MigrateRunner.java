package dev.migrate.spring.autoconfigure;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.engine.Migrator;

/**
 * Upgrades the database when the application is ready, on the thread that publishes
 * {@link ApplicationReadyEvent}. By then the web server answers on its own threads, so liveness
 * probes are served while this runs; readiness stays {@link ReadinessState#REFUSING_TRAFFIC}
 * because Spring Boot only accepts traffic once every ready listener has returned.
 * <p>
 * A failure with {@code migrate.fail-on-error=true} is logged with the action to take and ends
 * the application through {@link MigrateExit}. With {@code false} the application keeps running
 * and refuses traffic: Spring Boot's own {@code ACCEPTING_TRAFFIC}, published right after the
 * ready listeners, is answered with {@code REFUSING_TRAFFIC} again.
 */
public final class MigrateRunner implements SmartApplicationListener {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final ApplicationContext context;

	private final Migrator migrator;

	private final MigrationTracker tracker;

	private final MigrateStrategy strategy;

	private final MigrateExit exit;

	private final String target;

	private final boolean failOnError;

	private final ApplicationAvailability availability;

	/**
	 * @param context the context whose ready event starts the run
	 * @param migrator the migrator
	 * @param tracker records the run
	 * @param strategy what to run instead of an upgrade, or {@code null}
	 * @param exit ends the application after a failure with {@code failOnError}
	 * @param target the target of the upgrade
	 * @param failOnError whether a failure ends the application
	 * @param availability the application's availability, or {@code null} when it has none
	 */
	public MigrateRunner(ApplicationContext context, Migrator migrator, MigrationTracker tracker, MigrateStrategy strategy,
			MigrateExit exit, String target, boolean failOnError, ApplicationAvailability availability) {
		this.context = Objects.requireNonNull(context, "context");
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.strategy = (strategy != null) ? strategy : Migrator::upgrade;
		this.exit = Objects.requireNonNull(exit, "exit");
		this.target = Objects.requireNonNull(target, "target");
		this.failOnError = failOnError;
		this.availability = availability;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationReadyEvent.class.isAssignableFrom(eventType)
				|| AvailabilityChangeEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationReadyEvent ready) {
			if (ready.getApplicationContext() == this.context) {
				run();
			}
		}
		else if (event instanceof AvailabilityChangeEvent<?> change
				&& change.getState() == ReadinessState.ACCEPTING_TRAFFIC && mustRefuseTraffic()) {
			if (this.availability != null
					&& this.availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
				logger.warn("Readiness is accepting traffic although the upgrade did not succeed, and this listener ran "
						+ "before {} could record it; include 'migrate' in the readiness health group",
						this.availability.getClass().getName());
			}
			AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		}
	}

	/**
	 * Last among listeners. The availability bean, unordered too, is created before this runner
	 * (the runner depends on it) and so is called first: it records Spring Boot's
	 * {@code ACCEPTING_TRAFFIC} before this listener replaces it.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private boolean mustRefuseTraffic() {
		MigrationTracker.Run last = this.tracker.last();
		return this.tracker.isRunning() || (last != null && last.outcome() == MigrationTracker.Outcome.FAILED);
	}

	void run() {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			this.tracker.run(this.target, () -> this.strategy.migrate(this.migrator, this.target));
		}
		catch (RuntimeException ex) {
			failed(ex);
			return;
		}
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	private void failed(RuntimeException ex) {
		String action = (ex instanceof MigrateException migrate) ? MigrateFailures.action(migrate) : "See the cause below.";
		Secrets secrets = MigrateSecrets.from(this.context.getEnvironment());
		String description = secrets.scrub(ex.getMessage());
		Throwable logged = secrets.scrub((Throwable) ex);
		if (this.failOnError) {
			logger.error("Upgrading the database to '{}' failed; the application stops (migrate.fail-on-error=true).\n\n"
					+ "Description:\n\n{}\n\nAction:\n\n{}\n", this.target, description, action, logged);
			this.exit.exit(this.context, MigrateFailures.exitStatus(ex));
		}
		else {
			logger.error("Upgrading the database to '{}' failed; the application keeps running and refuses traffic "
					+ "(migrate.fail-on-error=false).\n\nDescription:\n\n{}\n\nAction:\n\n{}\n", this.target,
					description, action, logged);
		}
	}

}
