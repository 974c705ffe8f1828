package dev.migrate.core.revision;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Renders new revision files, as {@code revision} and {@code merge} create them. */
public final class RevisionFileWriter {

	private static final int MAX_SLUG = 40;

	/**
	 * What a new revision file says.
	 *
	 * @param id the new revision id
	 * @param downRevisions its parents; empty for a new base
	 * @param message the message
	 * @param phase the phase to declare, or {@code null} to leave a placeholder comment
	 * @param branchLabels labels for a new branch
	 * @param dependsOn order-only dependencies
	 */
	public record NewRevision(String id, List<String> downRevisions, String message, Phase phase,
			List<String> branchLabels, List<String> dependsOn) {

		public NewRevision {
			if (!RevisionIds.isValid(id)) {
				throw new IllegalArgumentException("Invalid revision id '" + id + "'");
			}
			downRevisions = List.copyOf(downRevisions);
			message = Objects.requireNonNullElse(message, "").replaceAll("[\\r\\n]+", " ").strip();
			branchLabels = List.copyOf(branchLabels);
			dependsOn = List.copyOf(dependsOn);
		}

	}

	private RevisionFileWriter() {
	}

	/** {@code <id>_<slug>.sql}, the slug made of the message's letters and digits. */
	public static String fileName(NewRevision revision) {
		String slug = revision.message().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (slug.length() > MAX_SLUG) {
			slug = slug.substring(0, MAX_SLUG).replaceAll("_+$", "");
		}
		return revision.id() + (slug.isEmpty() ? "" : "_" + slug) + ".sql";
	}

	/** The file's text: header, an upgrade section and a downgrade section. */
	public static String render(NewRevision revision) {
		return text(revision, null, null);
	}

	private static String text(NewRevision revision, String upgrade, String downgrade) {
		StringBuilder text = new StringBuilder();
		text.append("-- revision: ").append(revision.id()).append('\n');
		text.append("-- down_revision: ")
			.append(revision.downRevisions().isEmpty() ? "none" : String.join(", ", revision.downRevisions()))
			.append('\n');
		if (!revision.message().isEmpty()) {
			text.append("-- message: ").append(revision.message()).append('\n');
		}
		if (revision.phase() != null) {
			text.append("-- phase: ").append(revision.phase().key()).append('\n');
		}
		if (!revision.branchLabels().isEmpty()) {
			text.append("-- branch_labels: ").append(String.join(", ", revision.branchLabels())).append('\n');
		}
		if (!revision.dependsOn().isEmpty()) {
			text.append("-- depends_on: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		text.append('\n');
		if (upgrade != null) {
			text.append("-- migrate:upgrade\n").append(upgrade).append('\n');
			text.append("-- migrate:downgrade\n").append(downgrade);
			return text.toString();
		}
		boolean merge = revision.downRevisions().size() > 1;
		text.append("-- migrate:upgrade\n");
		text.append(merge ? "-- A merge joins branches; it usually runs nothing.\n" : "\n");
		text.append('\n');
		text.append("-- migrate:downgrade\n");
		text.append(merge ? "" : "\n");
		return text.toString();
	}

	/**
	 * The file's text with its sections written: header, then {@code upgrade} and {@code downgrade}
	 * as given (SQL statements, each ending with {@code ;}, and comments), as autogenerate writes it.
	 */
	public static String render(NewRevision revision, String upgrade, String downgrade) {
		java.util.Objects.requireNonNull(upgrade, "upgrade");
		java.util.Objects.requireNonNull(downgrade, "downgrade");
		return text(revision, upgrade.endsWith("\n") ? upgrade : upgrade + "\n",
				downgrade.endsWith("\n") ? downgrade : downgrade + "\n");
	}

}
