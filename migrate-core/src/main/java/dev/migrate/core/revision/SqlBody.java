package dev.migrate.core.revision;

/**
 * The SQL sections of a revision file.
 *
 * @param upgradeSql the text of the {@code -- migrate:upgrade} section
 * @param upgradeLine the file line on which the upgrade section's text starts (1-based)
 * @param downgradeSql the text of the {@code -- migrate:downgrade} section, {@code null} when the
 * revision is irreversible
 * @param downgradeLine the file line on which the downgrade section's text starts, 0 without one
 */
public record SqlBody(String upgradeSql, int upgradeLine, String downgradeSql, int downgradeLine)
		implements RevisionBody {

	@Override
	public boolean isReversible() {
		return this.downgradeSql != null;
	}

}
