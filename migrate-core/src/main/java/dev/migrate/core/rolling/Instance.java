package dev.migrate.core.rolling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the instance registry: a running (or lately running) application instance.
 *
 * @param id the instance's id
 * @param heads the heads of the instance's code: it knows every revision they need
 * @param host where it runs
 * @param pid its process id
 * @param heartbeat how often it writes its heartbeat
 * @param startedAt when it registered, by the database's clock
 * @param lastHeartbeat its last heartbeat, by the database's clock
 * @param silentFor how long ago that was, by the database's clock at the time of reading
 */
public record Instance(String id, List<String> heads, String host, long pid, Duration heartbeat, Instant startedAt,
		Instant lastHeartbeat, Duration silentFor) {

	/** An instance is gone once it has missed this many heartbeats. */
	public static final int MISSED_HEARTBEATS = 3;

	public Instance {
		Objects.requireNonNull(id, "id");
		heads = List.copyOf(heads);
	}

	/** Whether it has missed fewer than {@value #MISSED_HEARTBEATS} heartbeats. */
	public boolean live() {
		return this.silentFor.compareTo(this.heartbeat.multipliedBy(MISSED_HEARTBEATS)) <= 0;
	}

	/** Its code version as metrics and logs name it: its heads. */
	public String codeVersion() {
		return this.heads.isEmpty() ? "<base>" : String.join("+", this.heads);
	}

}
