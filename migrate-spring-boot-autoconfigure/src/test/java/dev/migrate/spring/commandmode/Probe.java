package dev.migrate.spring.commandmode;

import java.util.concurrent.atomic.AtomicInteger;

import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;

/** What one run of the application did: its exit statuses, and whether its runner, job and server ran. */
public final class Probe {

	final RecordingExit exit = new RecordingExit();

	final AtomicInteger runnerCalls = new AtomicInteger();

	final AtomicInteger jobCalls = new AtomicInteger();

	volatile boolean webServerContext;

	volatile long ownersCounted = -1;

}
