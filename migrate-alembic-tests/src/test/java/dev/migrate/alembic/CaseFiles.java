package dev.migrate.alembic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one graph twice: as an Alembic script directory (env.py and one Python file per revision)
 * and as migrate revision files. Every revision's upgrade and downgrade insert a row into
 * {@code rec.ran}, outside the version tables' schema, so that both sides record what they ran.
 */
final class CaseFiles {

	static final String RECORDING_TABLE = "rec.ran";

	private final Path alembicDirectory;

	private final Path migrateDirectory;

	private CaseFiles(Path alembicDirectory, Path migrateDirectory) {
		this.alembicDirectory = alembicDirectory;
		this.migrateDirectory = migrateDirectory;
	}

	static CaseFiles write(GraphSpec graph, Path root) {
		try {
			Path alembic = Files.createDirectories(root.resolve("alembic"));
			Path versions = Files.createDirectories(alembic.resolve("versions"));
			Path migrate = Files.createDirectories(root.resolve("migrate"));
			try (InputStream env = CaseFiles.class.getResourceAsStream("/alembic/env.py")) {
				Files.write(alembic.resolve("env.py"), env.readAllBytes());
			}
			for (GraphSpec.Node node : graph.nodes()) {
				Files.writeString(versions.resolve(node.id() + "_rev.py"), python(node));
				Files.writeString(migrate.resolve(node.id() + "_rev.sql"), sql(node));
			}
			return new CaseFiles(alembic, migrate);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the case's revision files under " + root, ex);
		}
	}

	Path alembicDirectory() {
		return this.alembicDirectory;
	}

	Path migrateDirectory() {
		return this.migrateDirectory;
	}

	static String insert(String id, String direction) {
		return "INSERT INTO " + RECORDING_TABLE + " (rev, direction) VALUES ('" + id + "', '" + direction + "')";
	}

	private static String python(GraphSpec.Node node) {
		return "from alembic import op\n\n" + "revision = '" + node.id() + "'\n" + "down_revision = "
				+ pythonTuple(node.down()) + "\n" + "branch_labels = " + pythonTuple(node.labels()) + "\n"
				+ "depends_on = " + pythonTuple(node.dependsOn()) + "\n\n\n" + "def upgrade():\n    op.execute(\""
				+ insert(node.id(), "up") + "\")\n\n\n" + "def downgrade():\n    op.execute(\"" + insert(node.id(), "down")
				+ "\")\n";
	}

	private static String pythonTuple(List<String> values) {
		if (values.isEmpty()) {
			return "None";
		}
		return "(" + values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", ")) + ",)";
	}

	private static String sql(GraphSpec.Node node) {
		StringBuilder text = new StringBuilder();
		text.append("-- revision: ").append(node.id()).append('\n');
		text.append("-- down_revision: ").append(node.down().isEmpty() ? "none" : String.join(", ", node.down())).append('\n');
		text.append("-- message: revision ").append(node.id()).append('\n');
		if (!node.labels().isEmpty()) {
			text.append("-- branch_labels: ").append(String.join(", ", node.labels())).append('\n');
		}
		if (!node.dependsOn().isEmpty()) {
			text.append("-- depends_on: ").append(String.join(", ", node.dependsOn())).append('\n');
		}
		text.append("\n-- migrate:upgrade\n").append(insert(node.id(), "up")).append(";\n");
		text.append("\n-- migrate:downgrade\n").append(insert(node.id(), "down")).append(";\n");
		return text.toString();
	}

}
