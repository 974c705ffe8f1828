package dev.migrate.core.cli;

import java.util.List;

import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.StatusView;
import dev.migrate.core.rolling.ContractDecision;
import dev.migrate.core.rolling.ContractHolding;
import dev.migrate.core.rolling.ContractMode;
import dev.migrate.core.rolling.InstanceRegistry;

/**
 * {@code current} during a rolling deploy: which contract revisions the running instances hold
 * back (as {@code migrate.contract=auto} decides) and which instances are live, read from the
 * instance table when there is one.
 */
final class ContractText {

	private final Migrator migrator;

	private final ContractHolding holding;

	private final InstanceRegistry registry;

	ContractText(Migrator plain) {
		this.registry = InstanceRegistry.of(plain);
		this.holding = new ContractHolding(plain.graph(), ContractMode.AUTO, this.registry::live);
		this.migrator = plain.withHolding(this.holding);
	}

	/** The migrator whose status leaves the held revisions out of the pending ones. */
	Migrator migrator() {
		return this.migrator;
	}

	/** What is held and who runs; nothing when the registry cannot be read (the status says the rest). */
	StatusView.Contract contract(MigrationStatus status) {
		try {
			if (!status.unknown().isEmpty()) {
				return ContractDecision.none(this.registry.live()).view();
			}
			return this.holding.decide(status.current()).view();
		}
		catch (RuntimeException ex) {
			return StatusView.Contract.NONE;
		}
	}

	static void print(Output output, StatusView.Contract contract) {
		if (!contract.held().isEmpty()) {
			output.line("Held until the old version is gone (contract): " + String.join(", ", contract.held())
					+ (contract.waitingFor().isEmpty() ? "" : "; waiting for " + String.join(", ", contract.waitingFor())));
		}
		for (StatusView.LiveInstance instance : contract.instances()) {
			output.line("  instance: " + instance.id() + " (heads " + String.join(", ", instance.heads()) + "; "
					+ instance.host() + ", pid " + instance.pid() + "; last heartbeat " + instance.lastHeartbeat() + ")");
		}
	}

}
