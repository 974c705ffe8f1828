package dev.migrate.core.catalog.ddl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.core.catalog.CheckConstraint;
import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.ColumnType;
import dev.migrate.core.catalog.Index;
import dev.migrate.core.catalog.Names;
import dev.migrate.core.catalog.UniqueConstraint;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.diff.DifferenceKind;
import dev.migrate.core.dialect.Dialect;

/**
 * The statements of one phase as the guard's safe recipes write them, in steps that each become a
 * revision. On PostgreSQL, for tables that exist already (a table created in the same step is
 * empty, and the guard knows it):
 * <ol>
 * <li>indexes dropped {@code CONCURRENTLY}, in a {@code transactional: false} step of their own;</li>
 * <li>everything else, in a transaction, with foreign keys and checks added {@code NOT VALID} and
 * a new NOT NULL rule as a {@code CHECK (c IS NOT NULL) NOT VALID};</li>
 * <li>indexes, and the indexes of unique constraints, built {@code CONCURRENTLY}, in a
 * {@code transactional: false} step of their own (a failure leaves no mixture of other changes);</li>
 * <li>in a transaction: each unique constraint attached to its index ({@code USING INDEX}), the
 * constraints validated (a later transaction than the one that added them), {@code SET NOT NULL}
 * over the validated check, which is then dropped.</li>
 * </ol>
 * Elsewhere one transactional step (MariaDB's {@code ALGORITHM=INPLACE, LOCK=NONE} and the widening
 * comments are its writer's). Each step's downgrade returns the schema to what the step found.
 */
public final class LockFreeRecipes {

	/**
	 * One revision's worth of statements.
	 *
	 * @param transactional whether it runs in a transaction
	 * @param upgrade its statements
	 * @param downgrade the statements that undo them
	 */
	public record Step(boolean transactional, List<String> upgrade, List<String> downgrade) {

		public Step {
			upgrade = List.copyOf(upgrade);
			downgrade = List.copyOf(downgrade);
		}

	}

	private static final int MAX_NAME = 63;

	private final DdlWriter ddl;

	private final Quoting quoting;

	private final boolean postgres;

	private final String dialect;

	public LockFreeRecipes(Dialect dialect) {
		this.ddl = DdlWriter.forDialect(dialect);
		this.quoting = new Quoting(dialect);
		this.dialect = dialect.name();
		this.postgres = this.dialect.equals("postgresql");
	}

	/**
	 * Whether a column type change is one the DDL writes as a widening without a rewrite (with the
	 * guard's allow comment); any other type change has no lock-free single statement.
	 */
	public boolean rewriteFree(Difference typeChange) {
		ColumnType from = ((Column) typeChange.actual()).type();
		ColumnType to = ((Column) typeChange.expected()).type();
		return switch (this.dialect) {
			case "postgresql" -> Widenings.postgres(from, to);
			case "mariadb" -> Widenings.mariadb(from, to);
			default -> Widenings.h2(from, to);
		};
	}

	/** The steps that close {@code differences} (all of one phase), none for none. */
	public List<Step> steps(List<Difference> differences) {
		if (differences.isEmpty()) {
			return List.of();
		}
		if (!this.postgres) {
			return List.of(new Step(true, this.ddl.forward(differences), this.ddl.reverse(differences)));
		}
		Set<String> created = new HashSet<>();
		Set<String> dropped = new HashSet<>();
		for (Difference d : differences) {
			if (d.kind() == DifferenceKind.MISSING_TABLE) {
				created.add(Names.key(d.table()));
			}
			else if (d.kind() == DifferenceKind.EXTRA_TABLE) {
				dropped.add(Names.key(d.table()));
			}
		}
		List<Difference> rest = new ArrayList<>();
		List<Difference> droppedIndexes = new ArrayList<>();
		List<Difference> builtIndexes = new ArrayList<>();
		List<Difference> notValid = new ArrayList<>();
		List<Difference> notNull = new ArrayList<>();
		for (Difference d : differences) {
			String table = Names.key(d.table());
			boolean existing = !created.contains(table);
			switch (d.kind()) {
				case EXTRA_INDEX -> (dropped.contains(table) ? rest : droppedIndexes).add(d);
				case MISSING_INDEX, MISSING_UNIQUE -> (existing ? builtIndexes : rest).add(d);
				case MISSING_CHECK, MISSING_FOREIGN_KEY -> {
					rest.add(d);
					if (existing) {
						notValid.add(d);
					}
				}
				case COLUMN_NULLABILITY -> (existing && !((Column) d.expected()).nullable() ? notNull : rest).add(d);
				default -> rest.add(d);
			}
		}
		List<Step> steps = new ArrayList<>();
		if (!droppedIndexes.isEmpty()) {
			steps.add(new Step(false, concurrently(this.ddl.forward(droppedIndexes)),
					concurrently(this.ddl.reverse(droppedIndexes))));
		}
		List<String> main = markNotValid(this.ddl.forward(rest), notValid);
		List<String> mainDown = new ArrayList<>();
		for (Difference d : notNull) {
			main.add(this.ddl.forward(List.of(checkDifference(d, DifferenceKind.MISSING_CHECK))).get(0) + " NOT VALID");
			mainDown.addAll(this.ddl.forward(List.of(checkDifference(d, DifferenceKind.EXTRA_CHECK))));
		}
		mainDown.addAll(this.ddl.reverse(rest));
		if (!main.isEmpty()) {
			steps.add(new Step(true, main, mainDown));
		}
		List<Difference> asIndexes = builtIndexes.stream().map(LockFreeRecipes::asIndex).toList();
		if (!asIndexes.isEmpty()) {
			steps.add(new Step(false, concurrently(this.ddl.forward(asIndexes)),
					concurrently(this.ddl.reverse(asIndexes))));
		}
		List<String> attach = new ArrayList<>();
		// undone in reverse order, each group's statements in their own order
		List<List<String>> detach = new ArrayList<>();
		for (Difference d : builtIndexes) {
			if (d.kind() == DifferenceKind.MISSING_UNIQUE) {
				String name = name(((UniqueConstraint) d.expected()).name());
				attach.add(alter(d) + " ADD CONSTRAINT " + name + " UNIQUE USING INDEX " + name);
				List<String> undo = new ArrayList<>();
				undo.add(alter(d) + " DROP CONSTRAINT " + name);
				undo.addAll(this.ddl.forward(List.of(asIndex(d))));
				detach.add(undo);
			}
		}
		for (Difference d : notValid) {
			attach.add(alter(d) + " VALIDATE CONSTRAINT " + name(constraintName(d)));
		}
		for (Difference d : notNull) {
			Column column = (Column) d.expected();
			String check = name(notNullCheck(d));
			attach.add(alter(d) + " VALIDATE CONSTRAINT " + check);
			attach.add(alter(d) + " ALTER COLUMN " + name(column.name()) + " SET NOT NULL");
			attach.add(alter(d) + " DROP CONSTRAINT " + check);
			detach.add(List.of(alter(d) + " ALTER COLUMN " + name(column.name()) + " DROP NOT NULL",
					this.ddl.forward(List.of(checkDifference(d, DifferenceKind.MISSING_CHECK))).get(0) + " NOT VALID"));
		}
		if (!attach.isEmpty()) {
			java.util.Collections.reverse(detach);
			steps.add(new Step(true, attach, detach.stream().flatMap(List::stream).toList()));
		}
		return steps;
	}

	/** A unique constraint as the unique index that backs it. */
	private static Difference asIndex(Difference d) {
		if (d.kind() != DifferenceKind.MISSING_UNIQUE) {
			return d;
		}
		UniqueConstraint unique = (UniqueConstraint) d.expected();
		return new Difference(DifferenceKind.MISSING_INDEX, d.table(), d.object(),
				new Index(unique.name(), unique.columns(), true, null), null);
	}

	/** The CHECK (column IS NOT NULL) that prepares a SET NOT NULL, to add ({@code kind} missing) or drop. */
	private static Difference checkDifference(Difference d, DifferenceKind kind) {
		Column column = (Column) d.expected();
		CheckConstraint check = new CheckConstraint(notNullCheck(d), column.name() + " IS NOT NULL");
		return (kind == DifferenceKind.MISSING_CHECK) ? new Difference(kind, d.table(), d.object(), check, null)
				: new Difference(kind, d.table(), d.object(), null, check);
	}

	private static String notNullCheck(Difference d) {
		String name = d.table() + "_" + ((Column) d.expected()).name() + "_not_null";
		return (name.length() > MAX_NAME) ? name.substring(0, MAX_NAME) : name;
	}

	private static String constraintName(Difference d) {
		return (d.expected() instanceof CheckConstraint check) ? check.name()
				: ((dev.migrate.core.catalog.ForeignKey) d.expected()).name();
	}

	/** The statements that add the constraints in {@code notValid}, with NOT VALID. */
	private List<String> markNotValid(List<String> statements, List<Difference> notValid) {
		List<String> marked = new ArrayList<>(statements);
		for (Difference d : notValid) {
			String add = this.ddl.forward(List.of(d)).get(0);
			int at = marked.indexOf(add);
			if (at >= 0) {
				marked.set(at, add + " NOT VALID");
			}
		}
		return marked;
	}

	private static List<String> concurrently(List<String> statements) {
		return statements.stream()
			.map((sql) -> sql.replaceFirst("^(CREATE (UNIQUE )?INDEX|DROP INDEX) ", "$1 CONCURRENTLY "))
			.toList();
	}

	private String alter(Difference d) {
		return "ALTER TABLE " + name(d.table());
	}

	private String name(String name) {
		return this.quoting.name(name);
	}

}
