package dev.migrate.spring.autoconfigure.rolling;

import java.util.Objects;

import org.springframework.context.SmartLifecycle;

import dev.migrate.core.rolling.RollingDeploy;
import dev.migrate.spring.autoconfigure.MigrateStartupCheck;

/**
 * Registers the instance when the context starts and deregisters it when it stops. Its phase is
 * below the web server's, so it registers before the server takes requests and deregisters only
 * after the server has stopped taking them (after graceful shutdown): no contract revision runs
 * while this instance still serves requests. With {@code migrate.run-at=ready} the
 * {@link MigrateStartupCheck} registers instead, on a thread of its own, and the runner waits for
 * it: the application's endpoints answer {@code 503} until the runner's run has ended.
 */
public final class RollingDeployLifecycle implements SmartLifecycle {

	/** Below the web server's start/stop lifecycle ({@code DEFAULT_PHASE - 2048}). */
	public static final int PHASE = MigrateStartupCheck.PHASE;

	private final RollingDeploy deploy;

	private final boolean registeredElsewhere;

	private volatile boolean running;

	public RollingDeployLifecycle(RollingDeploy deploy) {
		this(deploy, false);
	}

	/**
	 * @param registeredElsewhere whether a {@link MigrateStartupCheck} registers the instance (on its
	 * own thread, awaited by the runner before the application serves); then this only deregisters
	 */
	public RollingDeployLifecycle(RollingDeploy deploy, boolean registeredElsewhere) {
		this.deploy = Objects.requireNonNull(deploy, "deploy");
		this.registeredElsewhere = registeredElsewhere;
	}

	@Override
	public void start() {
		if (!this.registeredElsewhere) {
			MigrateStartupCheck.register(this.deploy);
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.deploy.close();
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
