package dev.migrate.alembic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random command sequences over a graph: upgrade, downgrade and stamp with every target form of
 * Alembic's vocabulary, about a fifth of them deliberately wrong (unknown ids and labels, short or
 * ambiguous prefixes, steps past the graph's ends, ranges).
 */
final class RandomCommands {

	private final Random random;

	private final List<String> ids;

	private final List<String> labels;

	RandomCommands(GraphSpec graph, Random random) {
		this.random = random;
		this.ids = graph.ids();
		this.labels = graph.labels();
	}

	List<Command> generate(int count) {
		List<Command> commands = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int roll = this.random.nextInt(100);
			String op = (roll < 50) ? "upgrade" : (roll < 82) ? "downgrade" : "stamp";
			commands.add(new Command(op, (this.random.nextInt(100) < 20) ? wrongTarget() : target(op)));
		}
		return commands;
	}

	private String target(String op) {
		int n = 1 + this.random.nextInt(3);
		int roll = this.random.nextInt(100);
		if (op.equals("downgrade")) {
			if (roll < 12) {
				return "base";
			}
			if (roll < 24) {
				return "-" + n;
			}
			if (roll < 30 && !this.labels.isEmpty()) {
				return label() + "@base";
			}
			if (roll < 36 && !this.labels.isEmpty()) {
				return label() + "@-" + n;
			}
			if (roll < 44) {
				return id() + "-" + n;
			}
		}
		else if (op.equals("upgrade")) {
			if (roll < 14) {
				return "heads";
			}
			if (roll < 20) {
				return "head";
			}
			if (roll < 28) {
				return "+" + n;
			}
			if (roll < 36 && !this.labels.isEmpty()) {
				return label() + "@+" + n;
			}
			if (roll < 44) {
				return id() + "+" + n;
			}
		}
		else {
			if (roll < 15) {
				return "heads";
			}
			if (roll < 22) {
				return "head";
			}
			if (roll < 30) {
				return "base";
			}
			if (roll < 36) {
				return id() + ((this.random.nextBoolean()) ? "+" : "-") + n;
			}
		}
		return common();
	}

	/** Forms every command accepts: ids, prefixes, labels. */
	private String common() {
		int roll = this.random.nextInt(100);
		if (roll < 35 || this.labels.isEmpty()) {
			return (roll % 3 == 0) ? prefix(id()) : id();
		}
		if (roll < 55) {
			return label() + "@head";
		}
		if (roll < 65) {
			return label();
		}
		if (roll < 85) {
			return label() + "@" + (this.random.nextBoolean() ? id() : prefix(id()));
		}
		return label() + "@heads";
	}

	private String wrongTarget() {
		return switch (this.random.nextInt(9)) {
			case 0 -> "deadbeef0000";
			case 1 -> id().substring(0, 3);
			case 2 -> ambiguousPrefix();
			case 3 -> "nolabel@head";
			case 4 -> "+" + (this.ids.size() + 5);
			case 5 -> "-" + (this.ids.size() + 5);
			case 6 -> id() + "+" + (this.ids.size() + 2);
			case 7 -> id() + ":" + id();
			default -> (this.labels.isEmpty() ? "lbl_x" : label()) + "@" + "feedface";
		};
	}

	/** A 4-character prefix two ids share, else any 4-character prefix. */
	private String ambiguousPrefix() {
		for (String a : this.ids) {
			for (String b : this.ids) {
				if (!a.equals(b) && a.regionMatches(0, b, 0, 4)) {
					return a.substring(0, 4);
				}
			}
		}
		return id().substring(0, 4);
	}

	private String id() {
		return this.ids.get(this.random.nextInt(this.ids.size()));
	}

	private String prefix(String id) {
		return id.substring(0, 4 + this.random.nextInt(5));
	}

	private String label() {
		return this.labels.get(this.random.nextInt(this.labels.size()));
	}

}
