package dev.migrate.spring.autoconfigure;

import java.util.Objects;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.UpToDate;

/**
 * {@code migrate.run-at=ready}: upgrades the database once the application has started, as the
 * first of its runners, on the main thread. By then the web server answers on its own threads and
 * Spring Boot has published {@code LivenessState.CORRECT}, so liveness probes are served while this
 * runs; readiness stays {@link ReadinessState#REFUSING_TRAFFIC} because Spring Boot accepts traffic
 * only once every runner has returned; and the application's own runners, ordered after this one,
 * find the schema current. A background thread would gain nothing: the runners would still have
 * to wait for it.
 * <p>
 * A failure with {@code migrate.fail-on-error=true} ends the application through {@link MigrateExit}.
 * With {@code false} the application keeps running and refuses traffic ({@link MigrateReadinessGuard}).
 */
public final class MigrateRunner implements ApplicationRunner, Ordered {

	private final MigrateUpgrade upgrade;

	private final MigrateExit exit;

	private MigrateStartupCheck check;

	/**
	 * @param context the application's context
	 * @param migrator the migrator
	 * @param tracker records the run
	 * @param strategy what to run instead of an upgrade, or {@code null}
	 * @param exit ends the application after a failure with {@code failOnError}
	 * @param target the target of the upgrade
	 * @param failOnError whether a failure ends the application
	 */
	public MigrateRunner(ApplicationContext context, Migrator migrator, MigrationTracker tracker, MigrateStrategy strategy,
			MigrateExit exit, String target, boolean failOnError) {
		this.upgrade = new MigrateUpgrade(context, migrator, tracker, strategy, target, failOnError);
		this.exit = Objects.requireNonNull(exit, "exit");
	}

	/**
	 * Waits for {@code startupCheck} before the upgrade and takes its answer when there is nothing to
	 * do; {@code null} to ask at the upgrade.
	 */
	public MigrateRunner awaiting(MigrateStartupCheck startupCheck) {
		this.check = startupCheck;
		return this;
	}

	/** First among runners, so that the application's own runners find the schema current. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) {
		run();
	}

	void run() {
		AvailabilityChangeEvent.publish(this.upgrade.context(), ReadinessState.REFUSING_TRAFFIC);
		UpToDate known = (this.check != null) ? this.check.await().orElse(null) : null;
		RuntimeException failure = this.upgrade.run(known);
		if (failure != null && this.upgrade.failOnError()) {
			this.exit.exit(this.upgrade.context(), MigrateFailures.exitStatus(failure));
		}
	}

}
