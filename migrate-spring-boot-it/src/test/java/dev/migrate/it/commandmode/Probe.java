package dev.migrate.it.commandmode;

import java.util.concurrent.atomic.AtomicInteger;


/** What one run of the application did: its exit statuses, and whether its runner, job and server ran. */
public final class Probe {

	final RecordingExit exit = new RecordingExit();

	final AtomicInteger runnerCalls = new AtomicInteger();

	final AtomicInteger jobCalls = new AtomicInteger();

	volatile boolean webServerContext;

	volatile long ownersCounted = -1;

}
