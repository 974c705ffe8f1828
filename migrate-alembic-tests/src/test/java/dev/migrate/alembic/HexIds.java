package dev.migrate.alembic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Unique 12-digit hex ids like Alembic's; a third of them share their first 4 to 6 characters with an earlier id. */
final class HexIds {

	private final Random random;

	private final List<String> issued = new ArrayList<>();

	private final Set<String> seen = new HashSet<>();

	HexIds(Random random) {
		this.random = random;
	}

	String next() {
		while (true) {
			String id = hex(12);
			if (!this.issued.isEmpty() && this.random.nextInt(100) < 33) {
				String other = this.issued.get(this.random.nextInt(this.issued.size()));
				int shared = 4 + this.random.nextInt(3);
				id = other.substring(0, shared) + id.substring(shared);
			}
			if (this.seen.add(id)) {
				this.issued.add(id);
				return id;
			}
		}
	}

	private String hex(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(Character.forDigit(this.random.nextInt(16), 16));
		}
		return text.toString();
	}

}
