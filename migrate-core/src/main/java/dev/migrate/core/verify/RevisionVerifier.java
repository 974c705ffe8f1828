package dev.migrate.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.guard.Finding;
import dev.migrate.core.guard.Guard;
import dev.migrate.core.guard.GuardMode;
import dev.migrate.core.guard.GuardReport;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.verify.SeedSource.Seed;

/**
 * The built-in checks of an application's revisions, each on its own scratch schema: what the
 * JUnit kit turns into tests and {@code migrate test} into a report. Each method returns the
 * outcome instead of throwing, so every check is reported even when one fails.
 */
public final class RevisionVerifier {

	private final Supplier<RevisionGraph> source;

	private final ScratchSpace space;

	private final Dialect dialect;

	private final VerifySettings settings;

	private RevisionGraph graph;

	/**
	 * @param graph the application's revisions; a graph that does not load fails single-head
	 * @param dialect the database's dialect, for the guard
	 */
	public RevisionVerifier(Supplier<RevisionGraph> graph, ScratchSpace space, Dialect dialect, VerifySettings settings) {
		this.source = Objects.requireNonNull(graph, "graph");
		this.space = Objects.requireNonNull(space, "space");
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	/** The graph; throws what loading it throws. */
	public RevisionGraph graph() {
		if (this.graph == null) {
			this.graph = this.source.get();
		}
		return this.graph;
	}

	/** (1) The graph loads and has one head, or exactly the expected ones. */
	public CheckResult singleHead() {
		RevisionGraph revisions;
		try {
			revisions = graph();
		}
		catch (MigrateException ex) {
			return CheckResult.failed(Check.SINGLE_HEAD, null, null, "The revisions do not form a graph: "
					+ ex.getMessage(), List.of());
		}
		List<String> heads = revisions.heads();
		List<String> expected = this.settings.expectedHeads();
		if (expected.isEmpty()) {
			if (heads.size() == 1) {
				return CheckResult.passed(Check.SINGLE_HEAD, null, null, "One head: " + heads.get(0));
			}
			List<String> files = heads.stream().map(head -> head + " (" + revisions.find(head).get().source() + ")")
				.toList();
			return CheckResult.failed(Check.SINGLE_HEAD, null, null, "The revisions have " + heads.size()
					+ " heads where one is expected; join them with 'migrate merge -m \"<message>\" "
					+ String.join(" ", heads) + "', or declare the heads you mean to keep (expectedHeads() of the JUnit kit, --expected-heads of migrate test):",
					files);
		}
		if (new java.util.HashSet<>(heads).equals(new java.util.HashSet<>(expected))) {
			return CheckResult.passed(Check.SINGLE_HEAD, null, null, "The expected heads: " + String.join(", ", heads));
		}
		return CheckResult.failed(Check.SINGLE_HEAD, null, null, "The heads are " + heads + ", the expected heads "
				+ expected + ".", List.of());
	}

	/** (2) Upgrade from base to heads on an empty scratch schema. */
	public CheckResult upgrade() {
		try (ScratchSpace.Scratch scratch = this.space.create()) {
			ScratchRun run = new ScratchRun(scratch, graph(), this.settings);
			int applied = run.upgrade("heads").applied().size();
			return CheckResult.passed(Check.UPGRADE, null, null, "Upgraded an empty schema from base to heads ("
					+ applied + " revision(s)).");
		}
		catch (MigrateException ex) {
			return CheckResult.failed(Check.UPGRADE, revision(ex), file(ex), "Upgrading an empty schema from base to "
					+ "heads failed: " + ex.getMessage(), List.of());
		}
	}

	/** (3) Up-down-up, one revision at a time: close the walk when done. */
	public UpDownUp upDownUp() {
		return new UpDownUp(graph(), this.space, this.settings);
	}

	/** (4) The entities describe the schema the revisions build; skipped without an entity model. */
	public CheckResult entities() {
		EntityModel entities = this.settings.entities();
		if (entities == null) {
			return CheckResult.skipped(Check.ENTITIES, null, null, "No JPA entities to compare: the check runs where "
					+ "the application's entities are (the JUnit kit in a Spring Boot test, or command mode).");
		}
		try (ScratchSpace.Scratch scratch = this.space.create()) {
			new ScratchRun(scratch, graph(), this.settings).upgrade("heads");
			List<String> differences = entities.differences(scratch.dataSource(), scratch.schema(), scratch.dialect());
			if (differences.isEmpty()) {
				return CheckResult.passed(Check.ENTITIES, null, null, "The entities match the schema the revisions build.");
			}
			return CheckResult.failed(Check.ENTITIES, null, null, "The entities and the schema the revisions build "
					+ "differ (" + differences.size() + " difference(s)); write the revision that closes the gap "
					+ "(revision --autogenerate) or fix the entities:", differences);
		}
		catch (MigrateException ex) {
			return CheckResult.failed(Check.ENTITIES, null, null, "Could not compare the entities: " + ex.getMessage(),
					List.of());
		}
	}

	/** (5) The guard in fail mode on one revision: its unsuppressed errors fail it. */
	public CheckResult guard(Revision revision) {
		try {
			GuardReport report = new Guard(this.dialect).check(List.of(revision));
			try {
				GuardMode.FAIL.enforce(report);
			}
			catch (MigrateException ex) {
				List<String> findings = report.blockingFindings().stream().map(RevisionVerifier::describe).toList();
				return CheckResult.failed(Check.GUARD, revision.id(), revision.source(), "Revision " + revision.id() + " ("
						+ revision.source() + ") has blocking guard findings; make it safe for a rolling deploy or accept "
						+ "one with '-- migrate:allow <rule> <reason>' on its statement:", findings);
			}
			long suppressed = report.findings().stream().filter(Finding::suppressed).count();
			return CheckResult.passed(Check.GUARD, revision.id(), revision.source(), "Revision " + revision.id()
					+ ": no blocking guard finding" + ((suppressed > 0) ? " (" + suppressed + " accepted by allow)" : "")
					+ ".");
		}
		catch (MigrateException ex) {
			return CheckResult.failed(Check.GUARD, revision.id(), revision.source(), ex.getMessage(), List.of());
		}
	}

	/** The revisions that declare a seed, with it. */
	public List<Seeded> seeded() {
		List<Seeded> seeded = new ArrayList<>();
		for (Revision revision : graph().revisions()) {
			Optional<Seed> seed = this.settings.seeds().find(revision.id());
			seed.ifPresent(value -> seeded.add(new Seeded(revision, value)));
		}
		return seeded;
	}

	/** (6) A revision's seed rows survive it. */
	public CheckResult dataSurvives(Seeded seeded) {
		return new DataSurvives(graph(), this.space, this.settings).check(seeded.revision(), seeded.seed());
	}

	/** Every check in order, the per-revision ones once per revision: what {@code migrate test} reports. */
	public List<CheckResult> all() {
		List<CheckResult> results = new ArrayList<>();
		CheckResult head = singleHead();
		results.add(head);
		if (head.failed() && head.message().startsWith("The revisions do not form a graph")) {
			for (Check check : List.of(Check.UPGRADE, Check.UP_DOWN_UP, Check.ENTITIES, Check.GUARD, Check.DATA_SURVIVES)) {
				results.add(CheckResult.skipped(check, null, null, "The revisions do not form a graph (see single-head)."));
			}
			return results;
		}
		results.add(upgrade());
		try (UpDownUp walk = upDownUp()) {
			walk.revisions().forEach(revision -> results.add(walk.check(revision)));
		}
		results.add(entities());
		graph().revisions().forEach(revision -> results.add(guard(revision)));
		List<Seeded> seeded = seeded();
		if (seeded.isEmpty()) {
			results.add(CheckResult.skipped(Check.DATA_SURVIVES, null, null, "No revision declares seed rows (<rev>.seed.sql"
					+ " in the seeds folder, by default " + SeedSource.DEFAULT_LOCATION + ")."));
		}
		seeded.forEach(each -> results.add(dataSurvives(each)));
		return results;
	}

	private static String describe(Finding finding) {
		return finding.location() + " [" + finding.rule() + "] " + finding.statement() + ": " + finding.message();
	}

	private String revision(MigrateException ex) {
		return (ex instanceof dev.migrate.core.engine.RevisionFailedException failed) ? failed.revision() : null;
	}

	private String file(MigrateException ex) {
		String revision = revision(ex);
		return (revision != null) ? graph().find(revision).map(Revision::source).orElse(null) : null;
	}

	/** A revision and its seed. */
	public record Seeded(Revision revision, Seed seed) {
	}

}
