package dev.migrate.core.catalog.ddl;

import java.util.List;

import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.dialect.Dialect;

final class H2Ddl implements DdlWriter {

	private final Dialect dialect;

	H2Ddl(Dialect dialect) {
		this.dialect = dialect;
	}

	@Override
	public List<String> forward(List<Difference> differences) {
		throw new UnsupportedOperationException("not yet");
	}

}
