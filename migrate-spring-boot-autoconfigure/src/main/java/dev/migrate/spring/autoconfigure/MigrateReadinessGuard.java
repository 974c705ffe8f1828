package dev.migrate.spring.autoconfigure;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * Keeps readiness at {@link ReadinessState#REFUSING_TRAFFIC} while an upgrade of this process runs
 * or after its last one failed: Spring Boot's own {@code ACCEPTING_TRAFFIC}, published once the
 * application is ready, is answered with {@code REFUSING_TRAFFIC} again.
 */
public final class MigrateReadinessGuard implements SmartApplicationListener {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final ApplicationContext context;

	private final MigrationTracker tracker;

	private final ApplicationAvailability availability;

	/**
	 * @param context the context whose readiness is guarded
	 * @param tracker this process's runs
	 * @param availability the application's availability, or {@code null} when it has none
	 */
	public MigrateReadinessGuard(ApplicationContext context, MigrationTracker tracker,
			ApplicationAvailability availability) {
		this.context = Objects.requireNonNull(context, "context");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.availability = availability;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return AvailabilityChangeEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC
				&& mustRefuseTraffic()) {
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
	 * Last among listeners. The availability bean, unordered too, is created before this guard (the
	 * guard depends on it) and so is called first: it records Spring Boot's {@code ACCEPTING_TRAFFIC}
	 * before this listener replaces it.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private boolean mustRefuseTraffic() {
		MigrationTracker.Run last = this.tracker.last();
		return this.tracker.isRunning() || (last != null && last.outcome() == MigrationTracker.Outcome.FAILED);
	}

}
