package dev.migrate.core.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer, asked without the lock at one moment, that an upgrade to {@code target} had nothing
 * to do: the version rows then, and when it was asked. {@link Migrator#checkUpToDate} gives it,
 * and {@link Migrator#upgrade(String, UpToDate)} takes it instead of asking again. Taking an answer
 * from a moment before is as sound as asking: a run elsewhere only moves the database forward, and
 * the answer without the lock was already a snapshot.
 *
 * @param target the target it was asked for
 * @param rows the version rows then
 * @param startedAt when the check began
 * @param finishedAt when it had its answer
 */
public record UpToDate(String target, List<String> rows, Instant startedAt, Instant finishedAt) {

	public UpToDate {
		Objects.requireNonNull(target, "target");
		rows = List.copyOf(rows);
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(finishedAt, "finishedAt");
	}

}
