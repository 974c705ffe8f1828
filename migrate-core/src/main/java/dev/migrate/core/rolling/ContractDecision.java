package dev.migrate.core.rolling;

import java.util.BitSet;
import java.util.List;

import dev.migrate.core.engine.StatusView;

/**
 * What a rolling deploy holds back at one moment.
 *
 * @param held the revisions held, in the graph's order: contract revisions that a live instance's code
 * lacks (or, with {@code manual}, every pending one) and what descends from them
 * @param waitingFor the live instances whose code lacks a held contract revision
 * @param instances every live instance
 * @param heldIndexes {@code held} as graph indexes
 */
public record ContractDecision(List<String> held, List<String> waitingFor, List<Instance> instances,
		BitSet heldIndexes) {

	public ContractDecision {
		held = List.copyOf(held);
		waitingFor = List.copyOf(waitingFor);
		instances = List.copyOf(instances);
		heldIndexes = (BitSet) heldIndexes.clone();
	}

	/** Nothing held, with the live instances. */
	public static ContractDecision none(List<Instance> instances) {
		return new ContractDecision(List.of(), List.of(), instances, new BitSet());
	}

	@Override
	public BitSet heldIndexes() {
		return (BitSet) this.heldIndexes.clone();
	}

	/** As the endpoint and {@code current --json} report it. */
	public StatusView.Contract view() {
		return new StatusView.Contract(this.held, this.waitingFor, this.instances.stream()
			.map((i) -> new StatusView.LiveInstance(i.id(), i.heads(), i.host(), i.pid(),
					(i.startedAt() != null) ? i.startedAt().toString() : null, i.lastHeartbeat().toString()))
			.toList());
	}

}
