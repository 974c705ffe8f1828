package dev.migrate.core.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.migrate.core.MigrateException;
import dev.migrate.core.lock.HeldLock;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.Operation;

/**
 * How every command that writes runs: on one connection, holding the lock from before it reads
 * the version table until it is done, and with one {@link MigrationResult} for the listener
 * whatever happens. What the command does is its {@link Planning}; an upgrade first asks
 * without the lock whether there is anything to do.
 */
final class LockedCommand {

	private final Engine engine;

	private final Operation operation;

	private final String command;

	private final String target;

	/** The target as the result reports it, known once planned (resolve: the revision a prefix named). */
	private final Supplier<String> reported;

	/** What an upgrade leaves for later; also what its lock-free "nothing to do" ignores. */
	private Holding holding = Holding.NONE;

	/** An upgrade's answer, asked earlier, that there is nothing to do; {@code null} to ask now. */
	private UpToDate known;

	LockedCommand(Engine engine, Operation operation, String command, String target, Supplier<String> reported) {
		this.engine = engine;
		this.operation = operation;
		this.command = command;
		this.target = target;
		this.reported = reported;
	}

	LockedCommand(Engine engine, Operation operation, String command, String target) {
		this(engine, operation, command, target, () -> target);
	}

	LockedCommand holding(Holding held) {
		this.holding = held;
		return this;
	}

	LockedCommand knownUpToDate(UpToDate answer) {
		this.known = answer;
		return this;
	}

	MigrationResult run(Planning planning) {
		if (this.operation == Operation.UPGRADE && this.known != null && this.known.target().equals(this.target)) {
			MigrationResult result = new MigrationResult(this.operation, this.command, this.target, State.UP_TO_DATE,
					this.known.rows(), this.known.rows(), List.of(), this.known.startedAt(), this.known.finishedAt(), 0,
					null);
			this.engine.listener().finished(result);
			return result;
		}
		Instant startedAt = this.engine.clock().instant();
		long waited = 0;
		List<String> before = List.of();
		List<String> applied = new ArrayList<>();
		MigrationResult result = null;
		try (Connection connection = this.engine.dataSource().getConnection()) {
			if (this.engine.graph().size() == 0) {
				throw new NoRevisionsException(this.engine.settings().locations());
			}
			Session session = this.engine.open(connection);
			UpToDateCheck upToDate = new UpToDateCheck(this.engine, session, this.target, this.holding);
			boolean upgrade = this.operation == Operation.UPGRADE;
			if (upgrade && upToDate.getAsBoolean()) {
				result = result(State.UP_TO_DATE, this.target, upToDate.rows(), upToDate.rows(), applied, startedAt, 0);
				return result;
			}
			long waitStart = System.nanoTime();
			BooleanSupplier done = upgrade ? upToDate.whileWaiting() : () -> false;
			Optional<HeldLock> held = this.engine.lock(session).acquireUnless(done);
			if (held.isEmpty()) {
				Duration waitedFor = Duration.ofNanos(System.nanoTime() - waitStart);
				waited = waitedFor.toMillis();
				this.engine.listener().lockNoLongerNeeded(waitedFor);
				result = result(State.UP_TO_DATE, this.target, upToDate.rows(), upToDate.rows(), applied, startedAt,
						waited);
				return result;
			}
			try (HeldLock lock = held.get()) {
				waited = lock.waited().toMillis();
				this.engine.listener().lockAcquired(lock.waited());
				Session.Snapshot snapshot = new TableSetup(this.engine).prepare(session, this.operation);
				before = snapshot.rows();
				MigrationPlan plan = planning.plan(session, snapshot);
				if (plan == null && upgrade) {
					result = result(State.AHEAD, this.target, before, before, applied, startedAt, waited);
					return result;
				}
				if (plan != null && this.operation != Operation.STAMP) {
					new PlanExecution(this.engine).execute(session, plan, applied);
				}
				if (upgrade) {
					result = result(State.UP_TO_DATE, this.target, before, plan.currentAfter(), applied, startedAt, waited);
					return result;
				}
				// after a downgrade, stamp or resolve, revisions may be pending: say what the status says
				Session.Snapshot after = session.read(this.engine.lockTable());
				result = result(this.engine.judge(after, "heads", null).status().state(), this.reported.get(), before,
						after.rows(), applied, startedAt, waited);
				return result;
			}
		}
		catch (SQLException ex) {
			MigrateException failure = Engine.database(this.operation.key(), ex);
			result = failed(before, applied, startedAt, waited, failure);
			throw failure;
		}
		catch (RuntimeException ex) {
			result = failed(before, applied, startedAt, waited, ex);
			throw ex;
		}
		finally {
			this.engine.listener().finished(result);
		}
	}

	private MigrationResult result(State state, String reportedTarget, List<String> before, List<String> after,
			List<String> applied, Instant startedAt, long waited) {
		return new MigrationResult(this.operation, this.command, reportedTarget, state, before, after, applied, startedAt,
				this.engine.clock().instant(), waited, null);
	}

	private MigrationResult failed(List<String> before, List<String> applied, Instant startedAt, long waited,
			RuntimeException ex) {
		State state = (ex instanceof StateException stateException) ? stateException.state() : State.FAILED;
		return new MigrationResult(this.operation, this.command, this.target, state, before, before, applied, startedAt,
				this.engine.clock().instant(), waited, ex.getMessage());
	}

}
