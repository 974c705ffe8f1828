package dev.migrate.core.sql;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one database's SQL text is lexed: the standard baseline plus a set of {@link SqlFeature}s.
 * Each dialect declares its own; adding a database means picking its features, not editing the
 * tokenizer.
 *
 * @param features what this database adds to or changes in the standard baseline
 */
public record SqlSyntax(Set<SqlFeature> features) {

	public SqlSyntax {
		Objects.requireNonNull(features, "features");
		EnumSet<SqlFeature> copy = EnumSet.noneOf(SqlFeature.class);
		copy.addAll(features);
		if (copy.contains(SqlFeature.TAGGED_DOLLAR_QUOTES) && !copy.contains(SqlFeature.DOLLAR_QUOTES)) {
			throw new IllegalArgumentException("SqlFeature TAGGED_DOLLAR_QUOTES needs DOLLAR_QUOTES too: " + copy);
		}
		features = Collections.unmodifiableSet(copy);
	}

	/** The standard baseline with {@code features} added. */
	public static SqlSyntax of(SqlFeature... features) {
		return new SqlSyntax(Set.of(features));
	}

	/** The standard baseline alone. */
	public static SqlSyntax standard() {
		return of();
	}

	public boolean has(SqlFeature feature) {
		return this.features.contains(feature);
	}

}
