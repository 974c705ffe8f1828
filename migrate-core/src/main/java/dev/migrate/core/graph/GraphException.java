package dev.migrate.core.graph;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/** The revisions do not form a valid graph. Subclasses carry the offending data. */
public class GraphException extends MigrateException {

	public GraphException(String message) {
		super(ErrorCode.INVALID_GRAPH, message);
	}

}
