package dev.migrate.core.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.sql.SqlSplitter;
import dev.migrate.core.sql.SqlStatement;
import dev.migrate.core.verify.SeedSource.Seed;

/**
 * Data survives a revision: in a scratch schema upgraded to the revision's parents, its seed
 * statements run; after the revision, every query of its verify file must return a row. Without a
 * verify file, every table its seed inserted into must still be readable and hold at least as many
 * rows as the seed left there.
 */
final class DataSurvives {

	private final RevisionGraph graph;

	private final ScratchSpace space;

	private final VerifySettings settings;

	DataSurvives(RevisionGraph graph, ScratchSpace space, VerifySettings settings) {
		this.graph = graph;
		this.space = space;
		this.settings = settings;
	}

	CheckResult check(Revision revision, Seed seed) {
		String id = revision.id();
		String file = revision.source();
		try (ScratchSpace.Scratch scratch = this.space.create()) {
			ScratchRun run = new ScratchRun(scratch, this.graph, this.settings);
			// everything the revision needs, so that upgrading it afterwards runs only the revision
			int index = this.graph.indexOf(id);
			for (String parent : revision.downRevisions()) {
				run.upgrade(parent);
			}
			for (int dependency : this.graph.dependencies(index)) {
				run.upgrade(this.graph.revision(dependency).id());
			}
			SqlSplitter splitter = new SqlSplitter(scratch.dialect().sqlSyntax());
			List<SqlStatement> statements = splitter.split(seed.sql());
			List<String> tables = new ArrayList<>();
			List<Long> counts = new ArrayList<>();
			try (Connection connection = scratch.dataSource().getConnection();
					Statement statement = connection.createStatement()) {
				for (SqlStatement sql : statements) {
					run(statement, sql.sql(), seed.source() + ":" + sql.line());
					String table = insertedTable(sql.sql());
					if (table != null && !tables.contains(table)) {
						tables.add(table);
					}
				}
				for (String table : tables) {
					counts.add(count(statement, table));
				}
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
			}
			run.upgrade(id);
			List<String> lost = new ArrayList<>();
			try (Connection connection = scratch.dataSource().getConnection();
					Statement statement = connection.createStatement()) {
				if (seed.verifySql() != null) {
					for (SqlStatement query : splitter.split(seed.verifySql())) {
						String where = seed.verifySource() + ":" + query.line();
						try (ResultSet rows = statement.executeQuery(query.sql())) {
							if (!rows.next()) {
								lost.add(where + ": no row for " + oneLine(query.sql()));
							}
						}
						catch (SQLException ex) {
							lost.add(where + ": " + oneLine(query.sql()) + " failed: " + ex.getMessage());
						}
					}
				}
				else {
					for (int i = 0; i < tables.size(); i++) {
						checkTable(statement, tables.get(i), counts.get(i), lost);
					}
				}
			}
			if (!lost.isEmpty()) {
				return CheckResult.failed(Check.DATA_SURVIVES, id, file, "Revision " + id + " (" + file + "): the rows of "
						+ seed.source() + " do not survive it:", lost);
			}
			return CheckResult.passed(Check.DATA_SURVIVES, id, file, "Revision " + id + ": the rows of " + seed.source()
					+ " are still readable after it.");
		}
		catch (MigrateException | SQLException ex) {
			return CheckResult.failed(Check.DATA_SURVIVES, id, file, "Revision " + id + " (" + file + "): " + ex.getMessage(),
					List.of());
		}
	}

	private static void run(Statement statement, String sql, String where) throws SQLException {
		try {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new SQLException("seed statement at " + where + " failed on the schema of the revision's parents: "
					+ ex.getMessage(), ex.getSQLState(), ex);
		}
	}

	private static void checkTable(Statement statement, String table, long seeded, List<String> lost) {
		try {
			long now = count(statement, table);
			if (now < seeded) {
				lost.add("table " + table + ": " + seeded + " row(s) seeded, " + now + " left");
			}
		}
		catch (SQLException ex) {
			lost.add("table " + table + " is no longer readable: " + ex.getMessage());
		}
	}

	private static long count(Statement statement, String table) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** The table of {@code INSERT INTO <table> ...}, as written, or {@code null}. */
	static String insertedTable(String sql) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("(?is)^\\s*INSERT\\s+INTO\\s+([\\w.\"`]+)").matcher(sql);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static String oneLine(String sql) {
		String text = sql.strip().replaceAll("\\s+", " ");
		return (text.length() > 120) ? text.substring(0, 117) + "..." : text;
	}

}
