/**
 * The comparison of two catalogs: {@link dev.migrate.core.catalog.diff.CatalogDiff#between} lists
 * each {@link dev.migrate.core.catalog.diff.Difference} between what is expected and what is, and
 * says whether closing it adds or loosens (expand) or removes or tightens (contract).
 */
package dev.migrate.core.catalog.diff;
