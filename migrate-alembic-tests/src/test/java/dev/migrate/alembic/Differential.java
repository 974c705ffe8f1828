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

	Differential(AlembicDriver alembic, CaseDatabases databases, Path workDirectory) {
		this.alembic = alembic;
		this.databases = databases;
		this.workDirectory = workDirectory;
	}

	CaseResult run(DifferentialCase testCase) {
		Path root = directory("case-" + (++this.cases));
		CaseFiles files = CaseFiles.write(testCase.graph(), root);
		this.databases.reset();
		this.alembic.open(files.alembicDirectory(), this.databases.alembicDatabase());
		MigrateSide migrate = new MigrateSide(this.databases.migrateDataSource(), files.migrateDirectory());
		List<String> notes = new ArrayList<>();
		List<String> transcript = new ArrayList<>();
		CaseDatabases.State before = this.databases.alembicState();
		for (int i = 0; i < testCase.commands().size(); i++) {
			Command command = testCase.commands().get(i);
			// The sides use different databases: Alembic works while migrate does.
			this.alembic.send(command);
			Outcome migrateOutcome = migrate.run(command);
			Outcome alembicOutcome = this.alembic.answer();
			CaseDatabases.State alembicState = this.databases.alembicState();
			CaseDatabases.State migrateState = this.databases.migrateState();
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

	private Path directory(String name) {
		try {
			return Files.createDirectories(this.workDirectory.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
