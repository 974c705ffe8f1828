package dev.migrate.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name the constraint's name (generated names included)
 * @param columns the referencing columns in order
 * @param referencedTable the referenced table, in the same schema
 * @param referencedColumns the referenced columns, in the order of {@code columns}
 * @param onDelete the action on delete
 * @param onUpdate the action on update
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
		ReferentialAction onDelete, ReferentialAction onUpdate) implements SchemaObject {

	public ForeignKey {
		Names.require("A foreign key", name);
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
		Objects.requireNonNull(referencedTable, "referencedTable");
		Objects.requireNonNull(onDelete, "onDelete");
		Objects.requireNonNull(onUpdate, "onUpdate");
	}

	@Override
	public String describe() {
		return "FOREIGN KEY (" + String.join(", ", this.columns) + ") REFERENCES " + this.referencedTable + " ("
				+ String.join(", ", this.referencedColumns) + ")"
				+ ((this.onDelete != ReferentialAction.NO_ACTION) ? " ON DELETE " + this.onDelete.sql() : "")
				+ ((this.onUpdate != ReferentialAction.NO_ACTION) ? " ON UPDATE " + this.onUpdate.sql() : "");
	}

}
