package dev.migrate.alembic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a case on Alembic and on migrate, each against its own empty database, and compares after
 * every command: success or failure, the version rows as sets and the multiset of revisions each
 * side ran. The first difference ends the case; it is either a {@link KnownDifference} or reported
 * with everything needed to reproduce it.
 */
final class Differential {

	private final AlembicDriver alembic;

	private final CaseDatabases databases;

	private final Path workDirectory;

	private int cases;

	/** Whether a disagreement that leaves both states equal is noted and the case goes on (to find more kinds). */
	private final boolean explore;

	/** Where the time goes, in nanoseconds: preparing cases, migrate, waiting for Alembic after migrate, reading states. */
	private final long[] spent = new long[4];

	Differential(AlembicDriver alembic, CaseDatabases databases, Path workDirectory, boolean explore) {
		this.explore = explore;
		this.alembic = alembic;
		this.databases = databases;
		this.workDirectory = workDirectory;
	}

	CaseResult run(DifferentialCase testCase) {
		long start = System.nanoTime();
		Path root = directory("case-" + (++this.cases));
		CaseFiles files = CaseFiles.write(testCase.graph(), root);
		this.databases.reset();
		this.alembic.open(files.alembicDirectory(), this.databases.alembicDatabase());
		MigrateSide migrate = new MigrateSide(this.databases.migrateDataSource(), files.migrateDirectory());
		List<String> notes = new ArrayList<>();
		List<String> transcript = new ArrayList<>();
		CaseDatabases.State before = this.databases.alembicState();
		this.spent[0] += System.nanoTime() - start;
		for (int i = 0; i < testCase.commands().size(); i++) {
			Command command = testCase.commands().get(i);
			// The sides use different databases: Alembic works while migrate does.
			long t0 = System.nanoTime();
			this.alembic.send(command);
			Outcome migrateOutcome = migrate.run(command);
			long t1 = System.nanoTime();
			Outcome alembicOutcome = this.alembic.answer();
			long t2 = System.nanoTime();
			CaseDatabases.State alembicState = this.databases.alembicState();
			CaseDatabases.State migrateState = this.databases.migrateState();
			this.spent[1] += t1 - t0;
			this.spent[2] += t2 - t1;
			this.spent[3] += System.nanoTime() - t2;
			transcript.add((i + 1) + ". " + command + "  ->  alembic " + alembicOutcome + " | migrate " + migrateOutcome
					+ "\n     alembic " + alembicState + "\n     migrate " + migrateState);
			Comparison comparison = new Comparison(testCase.graph(), command, before, alembicOutcome, migrateOutcome,
					alembicState, migrateState);
			if (comparison.agrees()) {
				KnownDifference note = KnownDifference.noteFor(comparison);
				if (note != null) {
					notes.add(testCase.name() + " #" + (i + 1) + " " + command + ": " + note.name() + " (" + alembicOutcome
							+ ")");
				}
				before = alembicState;
				continue;
			}
			KnownDifference known = KnownDifference.classify(comparison);
			if (known == null && this.explore && alembicState.equals(migrateState)) {
				// Exploring: the states are still equal, so the rest of the case still compares; go on.
				notes.add("DISAGREE " + form(testCase.graph(), command) + ": alembic " + kind(alembicOutcome) + ", migrate "
						+ kind(migrateOutcome) + "  (" + testCase.name() + " #" + (i + 1) + " " + command + ": alembic "
						+ alembicOutcome + " | migrate " + migrateOutcome + ")");
				before = alembicState;
				continue;
			}
			if (known != null && alembicState.equals(migrateState)) {
				// Only the answers differ (e.g. migrate refuses where Alembic does nothing): the rest still compares.
				notes.add(testCase.name() + " #" + (i + 1) + " " + command + ": " + known.name() + " (alembic "
						+ alembicOutcome + " | migrate " + migrateOutcome + ")");
				before = alembicState;
				continue;
			}
			if (known != null) {
				notes.add(testCase.name() + " #" + (i + 1) + " " + command + ": " + known.name() + "; alembic "
						+ alembicState.versions() + ", migrate " + migrateState.versions());
				return new CaseResult(testCase, i + 1, known, null, notes);
			}
			String report = testCase.name() + " disagrees at command " + (i + 1) + " (" + command + ")\n"
					+ "graph:\n" + testCase.graph().describe() + "commands:\n" + String.join("\n", transcript)
					+ "\nfiles: " + root;
			return new CaseResult(testCase, i + 1, null, report, notes);
		}
		return new CaseResult(testCase, testCase.commands().size(), null, null, notes);
	}

	/** Nanoseconds spent preparing cases, in migrate, waiting for Alembic beyond migrate, and reading the states. */
	long[] spent() {
		return this.spent.clone();
	}

	/** A command with its ids, labels and numbers replaced by their kind, to group disagreements. */
	private static String form(GraphSpec graph, Command command) {
		String target = command.target();
		for (String label : graph.labels()) {
			target = target.replace(label, "<label>");
		}
		target = target.replaceAll("[0-9a-f]{12}", "<rev>").replaceAll("(?<![a-z<])[0-9a-f]{4,11}(?![a-z>])", "<prefix>")
			.replaceAll("([+-])[0-9]+", "$1N");
		return command.op() + " " + target;
	}

	private static String kind(Outcome outcome) {
		return outcome.ok() ? "ok" : outcome.crash() ? "crash" : "error";
	}

	private Path directory(String name) {
		try {
			return Files.createDirectories(this.workDirectory.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
