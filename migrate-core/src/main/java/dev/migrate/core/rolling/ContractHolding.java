package dev.migrate.core.rolling;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import dev.migrate.core.engine.Holding;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Phase;

/**
 * Decides which contract revisions wait. An instance <em>knows</em> a revision when the revision is
 * one of its code's heads or something they need; an instance whose heads this code does not know
 * (a newer version) cannot be shown to know anything, so it is waited for too, and decides for itself
 * in its own process. A contract revision is held while a live instance does not know it; what
 * descends from a held revision (along down_revision and depends_on) is held with it, because it
 * cannot be applied before it.
 */
public final class ContractHolding implements Holding {

	private final RevisionGraph graph;

	private final ContractMode mode;

	private final Supplier<List<Instance>> live;

	/** The contract revisions, as graph indexes. */
	private final BitSet contracts;

	/**
	 * @param live the live instances, read when asked (e.g. {@link InstanceRegistry#live()})
	 */
	public ContractHolding(RevisionGraph graph, ContractMode mode, Supplier<List<Instance>> live) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.mode = Objects.requireNonNull(mode, "mode");
		this.live = Objects.requireNonNull(live, "live");
		this.contracts = new BitSet(graph.size());
		for (int i = 0; i < graph.size(); i++) {
			if (graph.revision(i).phase() == Phase.CONTRACT) {
				this.contracts.set(i);
			}
		}
	}

	/** {@code upgrade --phase expand}: every contract revision and what descends from them, whoever runs. */
	public static Holding expandOnly(RevisionGraph graph) {
		ContractHolding holding = new ContractHolding(graph, ContractMode.MANUAL, List::of);
		return holding::held;
	}

	public ContractMode mode() {
		return this.mode;
	}

	/** Contract revisions and everything that descends from them, as graph indexes. */
	public BitSet contractClosure() {
		return this.graph.descendantsOf(this.contracts);
	}

	/** Reads the registry only when a contract revision is pending: a status read of most databases costs nothing more. */
	@Override
	public BitSet held(List<String> rows) {
		if (this.mode == ContractMode.STARTUP || this.contracts.isEmpty() || !rows.stream().allMatch(this.graph::contains)) {
			return new BitSet();
		}
		BitSet pending = (BitSet) this.contracts.clone();
		pending.andNot(this.graph.ancestorsOf(this.graph.indexes(rows)));
		return pending.isEmpty() ? pending : decide(rows).heldIndexes();
	}

	/** @param rows the version rows; rows this code does not know hold nothing (the database is ahead) */
	public ContractDecision decide(List<String> rows) {
		boolean known = rows.stream().allMatch(this.graph::contains);
		if (this.mode == ContractMode.STARTUP || this.contracts.isEmpty() || !known) {
			return ContractDecision.none((this.mode == ContractMode.STARTUP) ? List.of() : this.live.get());
		}
		BitSet applied = this.graph.ancestorsOf(this.graph.indexes(rows));
		BitSet pending = (BitSet) this.contracts.clone();
		pending.andNot(applied);
		if (pending.isEmpty()) {
			return ContractDecision.none(this.live.get());
		}
		List<Instance> instances = this.live.get();
		BitSet blocked = new BitSet();
		Set<String> waitingFor = new LinkedHashSet<>();
		for (Instance instance : instances) {
			BitSet knows = knows(instance);
			for (int c = pending.nextSetBit(0); c >= 0; c = pending.nextSetBit(c + 1)) {
				if (!knows.get(c)) {
					blocked.set(c);
					waitingFor.add(instance.id());
				}
			}
		}
		if (this.mode == ContractMode.MANUAL) {
			blocked.or(pending);
		}
		BitSet held = this.graph.descendantsOf(blocked);
		held.andNot(applied);
		return new ContractDecision(this.graph.ids(held), List.copyOf(waitingFor), instances, held);
	}

	private BitSet knows(Instance instance) {
		BitSet heads = new BitSet(this.graph.size());
		for (String head : instance.heads()) {
			int index = this.graph.indexOf(head);
			if (index >= 0) {
				heads.set(index);
			}
		}
		return this.graph.ancestorsOf(heads);
	}

}
