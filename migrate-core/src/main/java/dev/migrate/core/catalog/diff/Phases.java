package dev.migrate.core.catalog.diff;

import java.util.List;
import java.util.Objects;

import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.ColumnType;
import dev.migrate.core.revision.Phase;

/**
 * Whether closing a difference is an expand step (an addition or a loosening: what the running,
 * older code keeps working with) or a contract step (a removal or a tightening).
 */
final class Phases {

	/** Integer and floating types from narrow to wide, per family; a move to the right widens. */
	private static final List<List<String>> WIDENINGS = List.of(
			List.of("tinyint", "smallint", "mediumint", "integer", "int", "bigint"),
			List.of("real", "float", "double precision", "double"),
			List.of("char", "character", "varchar", "character varying", "tinytext", "text", "mediumtext", "longtext"),
			List.of("binary", "varbinary", "binary varying", "tinyblob", "blob", "bytea", "mediumblob", "longblob"));

	private Phases() {
	}

	static Phase of(Difference difference) {
		return switch (difference.kind()) {
			case MISSING_TABLE, MISSING_COLUMN, MISSING_INDEX, MISSING_UNIQUE, MISSING_FOREIGN_KEY, MISSING_CHECK -> Phase.EXPAND;
			case EXTRA_TABLE, EXTRA_COLUMN, EXTRA_INDEX, EXTRA_UNIQUE, EXTRA_FOREIGN_KEY, EXTRA_CHECK -> Phase.CONTRACT;
			case COLUMN_NULLABILITY -> ((Column) difference.expected()).nullable() ? Phase.EXPAND : Phase.CONTRACT;
			case COLUMN_DEFAULT -> (((Column) difference.expected()).defaultValue() != null) ? Phase.EXPAND : Phase.CONTRACT;
			case COLUMN_IDENTITY -> ((Column) difference.expected()).identity() ? Phase.EXPAND : Phase.CONTRACT;
			case PRIMARY_KEY -> (difference.actual() == null) ? Phase.EXPAND : Phase.CONTRACT;
			case COLUMN_TYPE -> widens(((Column) difference.actual()).type(), ((Column) difference.expected()).type())
					? Phase.EXPAND : Phase.CONTRACT;
		};
	}

	/** Whether every value of {@code from} fits {@code to} unchanged. */
	static boolean widens(ColumnType from, ColumnType to) {
		if (from.name().equals(to.name())) {
			// numeric without precision takes any value; otherwise a scale change moves the digits
			boolean unbounded = to.precision() == null && to.scale() == null;
			return atLeast(to.length(), from.length()) && atLeast(to.precision(), from.precision())
					&& (unbounded || Objects.equals(from.scale(), to.scale()));
		}
		for (List<String> family : WIDENINGS) {
			int fromRank = family.indexOf(base(from.name()));
			int toRank = family.indexOf(base(to.name()));
			if (fromRank >= 0 && toRank >= 0) {
				// a text type after a bounded one takes any length; a bounded one after another needs the length
				boolean bounded = to.length() != null;
				return toRank > fromRank && (!bounded || atLeast(to.length(), from.length()));
			}
		}
		return false;
	}

	private static String base(String name) {
		return name.replace(" unsigned", "");
	}

	/** {@code null} means the type's own maximum: it takes anything. */
	private static boolean atLeast(Integer wider, Integer narrower) {
		return wider == null || (narrower != null && wider >= narrower);
	}

}
