package dev.migrate.core.engine;

import java.util.List;
import java.util.Objects;

import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.revision.RevisionIds;

/**
 * How one migrator works with its database. Immutable; each runner has its own.
 *
 * @param tables schema and table names
 * @param baselineRevision the revision a legacy database (tables but no version table) is
 * stamped at before upgrading, or {@code null} to refuse legacy databases
 * @param lock lock settings
 * @param validateChecksums whether an applied revision whose upgrade SQL changed stops the run
 * @param locations where the revisions were looked for, as configured; named when none was found
 */
public record MigrateSettings(TableNames tables, String baselineRevision, LockSettings lock, boolean validateChecksums,
		List<String> locations) {

	public MigrateSettings {
		Objects.requireNonNull(tables, "tables");
		Objects.requireNonNull(lock, "lock");
		locations = List.copyOf(locations);
		if (baselineRevision != null && !RevisionIds.isValid(baselineRevision)) {
			throw new IllegalArgumentException("migrate.baseline.revision '" + baselineRevision
					+ "' is not a revision id (letters, digits and '_')");
		}
	}

	/** Settings whose locations are not known (revisions built in code): the default location is named. */
	public MigrateSettings(TableNames tables, String baselineRevision, LockSettings lock, boolean validateChecksums) {
		this(tables, baselineRevision, lock, validateChecksums, List.of("classpath:db/revisions"));
	}

	public static MigrateSettings defaults() {
		return new MigrateSettings(TableNames.defaults(), null, LockSettings.defaults(null), true);
	}

	public MigrateSettings withLocations(List<String> locations) {
		return new MigrateSettings(this.tables, this.baselineRevision, this.lock, this.validateChecksums, locations);
	}

	public MigrateSettings withBaseline(String revision) {
		return new MigrateSettings(this.tables, revision, this.lock, this.validateChecksums, this.locations);
	}

	public MigrateSettings withTables(TableNames tables) {
		return new MigrateSettings(tables, this.baselineRevision, this.lock, this.validateChecksums, this.locations);
	}

	public MigrateSettings withLock(LockSettings lock) {
		return new MigrateSettings(this.tables, this.baselineRevision, lock, this.validateChecksums, this.locations);
	}

	public MigrateSettings withValidateChecksums(boolean validate) {
		return new MigrateSettings(this.tables, this.baselineRevision, this.lock, validate, this.locations);
	}

}
