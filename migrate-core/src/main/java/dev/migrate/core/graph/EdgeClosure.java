package dev.migrate.core.graph;

import java.util.Arrays;
import java.util.BitSet;

/** Transitive closure over one or two edge arrays of the graph, without recursion. */
final class EdgeClosure {

	private EdgeClosure() {
	}

	static BitSet close(BitSet seeds, int[][] first, int[][] second) {
		BitSet seen = (BitSet) seeds.clone();
		int[] stack = new int[Math.max(16, seeds.cardinality())];
		int top = 0;
		for (int i = seeds.nextSetBit(0); i >= 0; i = seeds.nextSetBit(i + 1)) {
			stack[top++] = i;
		}
		while (top > 0) {
			int node = stack[--top];
			for (int next : first[node]) {
				if (!seen.get(next)) {
					seen.set(next);
					stack = push(stack, top++, next);
				}
			}
			if (second.length > 0) {
				for (int next : second[node]) {
					if (!seen.get(next)) {
						seen.set(next);
						stack = push(stack, top++, next);
					}
				}
			}
		}
		return seen;
	}

	private static int[] push(int[] stack, int top, int value) {
		int[] result = (top == stack.length) ? Arrays.copyOf(stack, stack.length * 2) : stack;
		result[top] = value;
		return result;
	}

}
