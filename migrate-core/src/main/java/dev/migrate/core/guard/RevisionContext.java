package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.migrate.core.guard.Operation.Flag;
import dev.migrate.core.revision.Phase;

/**
 * What the rules know about the revision being checked: its dialect, phase and transaction mode,
 * and what its earlier statements did. Tables created earlier in the same revision are new: no
 * running application version uses them and they hold no rows yet, so locks and drops on them are
 * harmless. One instance per revision check.
 */
final class RevisionContext {

	private final String dialect;

	private final Phase phase;

	private final boolean transactional;

	private final List<SqlName> newTables = new ArrayList<>();

	private final Set<String> newIndexes = new HashSet<>();

	private final Set<String> notValidConstraints = new HashSet<>();

	private final NotNullChecks notNullChecks;

	private final boolean contractWaits;

	RevisionContext(String dialect, Phase phase, boolean transactional, NotNullChecks notNullChecks,
			boolean contractWaits) {
		this.dialect = dialect;
		this.phase = phase;
		this.transactional = transactional;
		this.notNullChecks = notNullChecks;
		this.contractWaits = contractWaits;
	}

	/** Whether a valid CHECK (column IS NOT NULL), from this or an earlier revision of the check, covers the column. */
	boolean notNullChecked(Operation operation) {
		return operation.table() != null && operation.name() != null
				&& this.notNullChecks.covers(operation.table(), operation.name());
	}

	boolean postgres() {
		return this.dialect.equals("postgresql");
	}

	boolean mariadb() {
		return this.dialect.equals("mariadb");
	}

	boolean transactional() {
		return this.transactional;
	}

	boolean contract() {
		return this.phase == Phase.CONTRACT;
	}

	/** {@code "an expand revision"}, or {@code "a revision without a phase"}, for messages. */
	String describeRevision() {
		if (this.phase == null) {
			return "a revision without a phase";
		}
		return ((this.phase == Phase.EXPAND) ? "an " : "a ") + this.phase.key() + " revision";
	}

	/** The severity of a finding of {@code rule} that is {@code outsideContract} outside a contract revision; see {@link PhasePolicy}. */
	Severity severity(Rule rule, Severity outsideContract) {
		return PhasePolicy.severity(rule, outsideContract, this.phase, this.dialect, this.contractWaits);
	}

	/** Whether {@code operation} acts on a table or index created earlier in this revision. */
	boolean actsOnNewObject(Operation operation) {
		if (operation.table() != null) {
			for (SqlName table : this.newTables) {
				if (table.sameObject(operation.table())) {
					return true;
				}
			}
			return false;
		}
		return operation.kind() == Operation.Kind.DROP_INDEX && operation.name() != null
				&& this.newIndexes.contains(key(operation.name()));
	}

	/** Whether constraint {@code name} was added NOT VALID earlier in this revision. */
	boolean addedNotValid(String name) {
		return name != null && this.notValidConstraints.contains(key(name));
	}

	/** Remembers what {@code operation} created, once the rules have judged it. */
	void record(Operation operation) {
		switch (operation.kind()) {
			case CREATE_TABLE -> this.newTables.add(operation.table());
			case RENAME_TABLE -> {
				if (actsOnNewObject(operation) && operation.detail() != null) {
					this.newTables.add(new SqlName(operation.detail(), List.of(key(operation.detail()))));
				}
			}
			case CREATE_INDEX -> {
				if (operation.name() != null) {
					this.newIndexes.add(key(operation.name()));
				}
			}
			case ADD_CHECK, ADD_FOREIGN_KEY -> {
				if (operation.has(Flag.NOT_VALID) && operation.name() != null) {
					this.notValidConstraints.add(key(operation.name()));
				}
				if (operation.kind() == Operation.Kind.ADD_CHECK && operation.detail() != null) {
					this.notNullChecks.added(operation.name(), operation.table(), operation.detail(),
							operation.has(Flag.NOT_VALID));
				}
			}
			case VALIDATE_CONSTRAINT -> this.notNullChecks.validated(operation.name());
			default -> {
				// nothing to remember
			}
		}
	}

	/** A name compared loosely: quotes dropped, case ignored. Only used to relate statements of one revision. */
	private static String key(String name) {
		String simple = name.substring(name.lastIndexOf('.') + 1);
		return simple.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
	}

}
