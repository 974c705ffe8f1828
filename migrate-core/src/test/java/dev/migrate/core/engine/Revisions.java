package dev.migrate.core.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;

/** Builds revision graphs from literal revision files, as users write them. */
final class Revisions {

	private final List<Revision> revisions = new ArrayList<>();

	private final Map<String, String> files = new LinkedHashMap<>();

	Revisions add(String id, String downRevision, String upgrade, String downgrade) {
		return add(id, downRevision, upgrade, downgrade, "");
	}

	Revisions add(String id, String downRevision, String upgrade, String downgrade, String extraHeader) {
		String text = "-- revision: " + id + "\n-- down_revision: " + downRevision + "\n-- message: revision " + id + "\n"
				+ extraHeader + "\n-- migrate:upgrade\n" + upgrade + "\n"
				+ ((downgrade != null) ? "\n-- migrate:downgrade\n" + downgrade + "\n" : "");
		this.revisions.add(new RevisionFileParser().parse("db/revisions/" + id + "_test.sql", text));
		this.files.put(id + "_test.sql", text);
		return this;
	}

	/** Three revisions: two tables and a row, each reversible. */
	static Revisions chain() {
		return new Revisions().add("r1", "none", "CREATE TABLE customers (id int primary key, name varchar(50));",
				"DROP TABLE customers;")
			.add("r2", "r1", "CREATE TABLE orders (id int primary key, customer_id int);", "DROP TABLE orders;")
			.add("r3", "r2", "INSERT INTO customers (id, name) VALUES (1, 'Ada; Lovelace');\n"
					+ "INSERT INTO customers (id, name) VALUES (2, 'Grace');", "DELETE FROM customers;");
	}

	/** Adds a Java revision. */
	Revisions add(dev.migrate.core.revision.JavaRevision revision) {
		this.revisions.add(dev.migrate.core.revision.RevisionLoader.fromJava(revision));
		return this;
	}

	/** Writes the revisions as files, for the command line. */
	void writeTo(Path dir) throws IOException {
		for (Map.Entry<String, String> file : this.files.entrySet()) {
			Files.writeString(dir.resolve(file.getKey()), file.getValue());
		}
	}

	RevisionGraph graph() {
		return RevisionGraph.of(this.revisions);
	}

}
