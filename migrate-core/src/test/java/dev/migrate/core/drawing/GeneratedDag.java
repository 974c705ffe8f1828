package dev.migrate.core.drawing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes revision files shaped like a real project's: a main line, feature branches forked from it
 * (some labelled) and joined back by merge revisions, several open at once, and depends_on edges
 * across branches. Deterministic for a seed.
 */
public final class GeneratedDag {

	/** One generated revision: its id, its down_revisions and its depends_on. */
	public record Rev(String id, List<String> down, List<String> depends) {
	}

	private final List<Rev> revisions = new ArrayList<>();

	private GeneratedDag() {
	}

	public static GeneratedDag write(Path dir, int size, int merges, long seed) throws IOException {
		GeneratedDag dag = new GeneratedDag();
		Random random = new Random(seed);
		int main = dag.add(dir, List.of(), List.of(), null, random);
		List<Integer> open = new ArrayList<>();
		int started = 0;
		int merged = 0;
		while (dag.revisions.size() < size) {
			int left = size - dag.revisions.size();
			int owed = (merges - started) + (merges - merged);
			boolean forced = left <= owed + 1;
			if (merged < merges && !open.isEmpty() && (open.size() >= 3 || random.nextInt(8) == 0 || forced)) {
				int branch = open.remove(random.nextInt(open.size()));
				main = dag.add(dir, List.of(main, branch), List.of(), null, random);
				merged++;
			}
			else if (started < merges && (forced || random.nextInt(9) == 0)) {
				String label = (started % 3 == 0) ? "feature_" + started : null;
				open.add(dag.add(dir, List.of(main), List.of(), label, random));
				started++;
			}
			else if (!open.isEmpty() && random.nextBoolean()) {
				int pick = random.nextInt(open.size());
				List<Integer> depends = (random.nextInt(8) == 0) ? List.of(main) : List.of();
				open.set(pick, dag.add(dir, List.of(open.get(pick)), depends, null, random));
			}
			else {
				main = dag.add(dir, List.of(main), List.of(), null, random);
			}
		}
		return dag;
	}

	private int add(Path dir, List<Integer> down, List<Integer> depends, String label, Random random) throws IOException {
		int number = this.revisions.size();
		String id = String.format("%04x%08x", number, random.nextInt() & 0x7fffffff);
		List<String> downIds = down.stream().map(i -> this.revisions.get(i).id()).toList();
		List<String> dependIds = depends.stream().map(i -> this.revisions.get(i).id()).toList();
		this.revisions.add(new Rev(id, downIds, dependIds));
		String[] phases = { "expand", "migrate", "contract" };
		StringBuilder file = new StringBuilder();
		file.append("-- revision: ").append(id).append('\n');
		file.append("-- down_revision: ").append(downIds.isEmpty() ? "none" : String.join(", ", downIds)).append('\n');
		String message = (down.size() > 1) ? "merge branches" : (number % 17 == 5)
				? "add \"quoted\" <b>column</b> & #" + number + "; `tick`" : "add column c" + number + " to table t" + (number % 7);
		file.append("-- message: ").append(message).append('\n');
		file.append("-- phase: ").append(phases[random.nextInt(3)]).append('\n');
		if (label != null) {
			file.append("-- branch_labels: ").append(label).append('\n');
		}
		if (!dependIds.isEmpty()) {
			file.append("-- depends_on: ").append(String.join(", ", dependIds)).append('\n');
		}
		file.append("\n-- migrate:upgrade\nSELECT 1;\n");
		Files.writeString(dir.resolve(id + "_step.sql"), file);
		return number;
	}

	public List<Rev> revisions() {
		return List.copyOf(this.revisions);
	}

	public long merges() {
		return this.revisions.stream().filter(rev -> rev.down().size() > 1).count();
	}

}
