package dev.migrate.spring.autoconfigure.rolling;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import dev.migrate.core.rolling.RollingDeploy;

/**
 * Registers the instance when the context starts and deregisters it when it stops. Its phase is
 * below the web server's, so it registers before the server takes requests and deregisters only
 * after the server has stopped taking them (after graceful shutdown): no contract revision runs
 * while this instance still serves requests.
 */
public final class RollingDeployLifecycle implements SmartLifecycle {

	/** Below the web server's start/stop lifecycle ({@code DEFAULT_PHASE - 2048}). */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final RollingDeploy deploy;

	private volatile boolean running;

	public RollingDeployLifecycle(RollingDeploy deploy) {
		this.deploy = Objects.requireNonNull(deploy, "deploy");
	}

	@Override
	public void start() {
		try {
			this.deploy.start();
		}
		catch (RuntimeException ex) {
			logger.warn("This instance could not register for rolling deploys; until it can (it tries again on each "
					+ "heartbeat), other instances cannot see it and do not wait for it: {}", ex.getMessage());
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
