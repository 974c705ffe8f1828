package dev.migrate.core.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.Reason;
import dev.migrate.core.engine.State;
import dev.migrate.core.engine.StatusView;
import dev.migrate.core.guard.GuardCheck;
import dev.migrate.core.guard.GuardMode;
import dev.migrate.core.revision.Revision;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that need a database. */
final class DatabaseCommands {

	private DatabaseCommands() {
	}

	static int report(Output output, MigrationResult result) {
		if (output.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("operation", result.command());
			json.put("target", result.target());
			json.put("state", result.state().name());
			json.put("before", result.before());
			json.put("after", result.after());
			json.put("applied", result.applied());
			json.put("lockWaitMillis", result.lockWaitMillis());
			json.put("durationMillis", result.finishedAt().toEpochMilli() - result.startedAt().toEpochMilli());
			output.json(json);
		}
		else if (result.state() == State.AHEAD) {
			output.line("The database is ahead of this code (" + String.join(", ", result.before())
					+ "); nothing was run.");
		}
		else if (result.command().equals("resolve")) {
			output.line("Resolved revision " + result.target() + "; current: " + rows(result.after()) + ", state: "
					+ result.state());
		}
		else if (result.applied().isEmpty() && result.before().equals(result.after())) {
			output.line("Nothing to do; current: " + rows(result.after()));
		}
		else {
			output.line("Done: " + rows(result.before()) + " -> " + rows(result.after()));
		}
		return 0;
	}

	private static String rows(List<String> rows) {
		return rows.isEmpty() ? "<base>" : String.join(", ", rows);
	}

	@Command(name = "upgrade", addMethodSubcommands = false, description = "Apply revisions up to a target (default: heads).")
	static final class Upgrade implements Callable<Integer> {

		@ParentCommand
		private MigrateCli cli;

		@Parameters(arity = "0..1", paramLabel = "<target>", defaultValue = "heads",
				description = "head, heads, an id or prefix, <label>@head, +N, ... (default: ${DEFAULT-VALUE}).")
		private String target;

		@Option(names = "--guard", defaultValue = "warn", paramLabel = "fail|warn|off",
				description = "Check what is about to run for rolling-deploy hazards: fail stops on a blocking finding, "
						+ "warn reports (default: ${DEFAULT-VALUE}).")
		private String guard;

		@Option(names = "--phase", paramLabel = "expand",
				description = "expand: apply everything but contract revisions and what descends from them, "
						+ "for before a rolling deploy (default: everything).")
		private String phase;

		@Override
		public Integer call() {
			if (this.phase != null && !this.phase.equals("expand")) {
				throw new dev.migrate.core.MigrateException(ErrorCode.USAGE, "--phase is '" + this.phase
						+ "'; the only phase upgrade applies alone is 'expand' (plain upgrade applies all).");
			}
			if (this.cli.fleet()) {
				FleetRun fleet = new FleetRun(this.cli);
				return fleet.run(fleet.guard(this.guard), FleetRun.of(migrator -> expandOnly(migrator).upgrade(this.target)));
			}
			Output output = this.cli.output();
			GuardCheck check = new GuardCheck(GuardMode.parse(this.guard), finding -> this.cli.err().println("Guard: "
					+ finding.location() + " [" + finding.rule() + "] " + finding.statement() + ": " + finding.message()),
					note -> this.cli.err().println("Guard: " + note));
			Migrator migrator = this.cli.migrator(new ProgressPrinter(output), check);
			migrator = expandOnly(migrator);
			int status = report(output, migrator.upgrade(this.target));
			if (this.phase != null && !output.isJson()) {
				List<Revision> held = migrator.withHolding(dev.migrate.core.engine.Holding.NONE).status(this.target)
					.pending();
				if (!held.isEmpty()) {
					output.line("Left for the contract phase: "
							+ String.join(", ", held.stream().map(Revision::id).toList()));
				}
			}
			return status;
		}

		/** With {@code --phase expand}, {@code migrator} leaving contract revisions and their descendants. */
		private Migrator expandOnly(Migrator migrator) {
			return (this.phase == null) ? migrator
					: migrator.withHolding(dev.migrate.core.rolling.ContractHolding.expandOnly(migrator.graph()));
		}

	}

	@Command(name = "downgrade", addMethodSubcommands = false, description = "Revert revisions down to a target, e.g. -1, <rev>, <label>@base, base.")
	static final class Downgrade implements Callable<Integer> {

		@ParentCommand
		private MigrateCli cli;

		@Parameters(paramLabel = "<target>", description = "-N, an id or prefix, <label>@base, base, ...")
		private String target;

		@Override
		public Integer call() {
			if (this.cli.fleet()) {
				return new FleetRun(this.cli).run(null, FleetRun.of(migrator -> migrator.downgrade(this.target)));
			}
			Output output = this.cli.output();
			return report(output, this.cli.migrator(new ProgressPrinter(output)).downgrade(this.target));
		}

	}

	@Command(name = "stamp", addMethodSubcommands = false, description = "Set the version table to a target without running revisions.")
	static final class Stamp implements Callable<Integer> {

		@ParentCommand
		private MigrateCli cli;

		@Parameters(paramLabel = "<target>", description = "head, heads, an id or prefix, base, ...")
		private String target;

		@Option(names = "--purge", description = "Replace every version row, including ones this code does not know.")
		private boolean purge;

		@Override
		public Integer call() {
			if (this.cli.fleet()) {
				return new FleetRun(this.cli).run(null, FleetRun.of(migrator -> migrator.stamp(this.target, this.purge)));
			}
			return report(this.cli.output(), this.cli.migrator(null).stamp(this.target, this.purge));
		}

	}

	@Command(name = "resolve", addMethodSubcommands = false, description = "Clear the recorded failure of a revision once the schema is fixed by hand.")
	static final class Resolve implements Callable<Integer> {

		@ParentCommand
		private MigrateCli cli;

		@Parameters(paramLabel = "<rev>",
				description = "The revision whose failure is recorded (or whose file changed): an id, a unique prefix, a label.")
		private String revision;

		@ArgGroup(exclusive = true, multiplicity = "1")
		private Outcome outcome;

		static final class Outcome {

			@Option(names = "--applied", required = true, description = "The revision's operation is complete now.")
			boolean applied;

			@Option(names = "--rolled-back", required = true, description = "What ran of it has been undone.")
			boolean rolledBack;

			@Option(names = "--accept-checksum", required = true,
					description = "Accept the applied revision's edited file as it is now (records its new checksum).")
			boolean acceptChecksum;

		}

		@Override
		public Integer call() {
			if (this.cli.fleet()) {
				return new FleetRun(this.cli).run(null, FleetRun.of(this::resolve));
			}
			return report(this.cli.output(), resolve(this.cli.migrator(null)));
		}

		private MigrationResult resolve(Migrator migrator) {
			return this.outcome.acceptChecksum ? migrator.acceptChecksum(this.revision)
					: migrator.resolve(this.revision, this.outcome.applied);
		}

	}

	@Command(name = "current", addMethodSubcommands = false, description = "Show the database's current revision(s) and state.")
	static final class Current implements Callable<Integer> {

		@ParentCommand
		private MigrateCli cli;

		@Option(names = "--target", defaultValue = "heads", description = "Target to count pending revisions against.")
		private String target;

		@Override
		public Integer call() {
			if (this.cli.fleet()) {
				return new FleetRun(this.cli).run(null,
						(schema, migrator) -> dev.migrate.core.fleet.TenantOutcome.of(schema, migrator.status(this.target)));
			}
			ContractText contract = new ContractText(this.cli.migrator(null));
			MigrationStatus status = contract.migrator().status(this.target);
			StatusView.Contract held = contract.contract(status);
			Output output = this.cli.output();
			// a configuration error, not a state of the database: the command fails as upgrade does
			int exit = (status.reason() == Reason.NO_REVISIONS) ? ErrorCode.USAGE.exitStatus() : 0;
			if (output.isJson()) {
				output.json(StatusView.of(status, this.target).withContract(held));
				return exit;
			}
			if (status.current().isEmpty()) {
				output.line("<base> (nothing applied)");
			}
			for (String id : status.current()) {
				boolean head = status.heads().contains(id);
				output.line(id + (head ? " (head)" : "") + (status.unknown().contains(id) ? " (unknown to this code)" : ""));
			}
			output.line("State: " + status.state() + ((status.reason() != null) ? " (" + status.reason().key() + ")" : "")
					+ ((status.pending().isEmpty()) ? "" : ", " + status.pending().size() + " pending")
					+ ((status.detail() != null) ? ". " + status.detail() : ""));
			for (Revision revision : status.pending()) {
				output.line("  pending: " + revision.id() + (revision.message().isEmpty() ? "" : ", " + revision.message()));
			}
			ContractText.print(output, held);
			return exit;
		}

	}

}
