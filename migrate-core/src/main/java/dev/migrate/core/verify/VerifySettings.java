package dev.migrate.core.verify;

import java.util.List;
import java.util.Objects;

import dev.migrate.core.engine.MigrateSettings;

/**
 * How the checks run.
 *
 * @param migrate the application's settings (version and history table names); schema and lock
 * are replaced by each scratch schema's own
 * @param expectedHeads the heads the graph must have; empty for exactly one
 * @param seeds where the seed rows of data-survives are
 * @param entities the entities' schema, {@code null} without JPA (entities-match is skipped)
 * @param catalog how catalogs are read and compared
 */
public record VerifySettings(MigrateSettings migrate, List<String> expectedHeads, SeedSource seeds,
		EntityModel entities, CatalogComparison catalog) {

	public VerifySettings {
		Objects.requireNonNull(migrate, "migrate");
		expectedHeads = List.copyOf(expectedHeads);
		Objects.requireNonNull(seeds, "seeds");
		Objects.requireNonNull(catalog, "catalog");
	}

	/** The defaults: one head, seeds under {@code classpath:db/revisions-test}, no entities. */
	public static VerifySettings defaults() {
		return new VerifySettings(MigrateSettings.defaults(), List.of(),
				SeedSource.classpath(Thread.currentThread().getContextClassLoader(), SeedSource.DEFAULT_LOCATION),
				null, new CatalogDiffComparison());
	}

	public VerifySettings withMigrate(MigrateSettings settings) {
		return new VerifySettings(settings, this.expectedHeads, this.seeds, this.entities, this.catalog);
	}

	public VerifySettings withExpectedHeads(List<String> heads) {
		return new VerifySettings(this.migrate, heads, this.seeds, this.entities, this.catalog);
	}

	public VerifySettings withSeeds(SeedSource seeds) {
		return new VerifySettings(this.migrate, this.expectedHeads, seeds, this.entities, this.catalog);
	}

	public VerifySettings withEntities(EntityModel entities) {
		return new VerifySettings(this.migrate, this.expectedHeads, this.seeds, entities, this.catalog);
	}

	public VerifySettings withCatalog(CatalogComparison catalog) {
		return new VerifySettings(this.migrate, this.expectedHeads, this.seeds, this.entities, catalog);
	}

}
