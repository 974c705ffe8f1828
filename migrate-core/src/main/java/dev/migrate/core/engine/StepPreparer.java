package dev.migrate.core.engine;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.revision.RevisionFileException;
import dev.migrate.core.revision.SqlBody;
import dev.migrate.core.sql.SqlSplitter;
import dev.migrate.core.sql.SqlStatement;
import dev.migrate.core.sql.SqlSyntaxException;

/** Splits every step's SQL before the first one runs. */
final class StepPreparer {

	private final SqlSplitter splitter;

	StepPreparer(Dialect dialect) {
		this.splitter = new SqlSplitter(dialect.sqlSyntax());
	}

	List<PreparedStep> prepare(MigrationPlan plan) {
		List<PreparedStep> prepared = new ArrayList<>(plan.steps().size());
		for (PlanStep step : plan.steps()) {
			prepared.add(new PreparedStep(step, statements(step)));
		}
		return prepared;
	}

	List<SqlStatement> statements(PlanStep step) {
		if (!(step.revision().body() instanceof SqlBody body)) {
			return List.of();
		}
		boolean upgrade = step.operation() == Operation.UPGRADE;
		String sql = upgrade ? body.upgradeSql() : body.downgradeSql();
		int line = upgrade ? body.upgradeLine() : body.downgradeLine();
		try {
			return this.splitter.split(sql, line);
		}
		catch (SqlSyntaxException ex) {
			throw new RevisionFileException(step.revision().source(), ex.line(), ex.getMessage());
		}
	}

}
