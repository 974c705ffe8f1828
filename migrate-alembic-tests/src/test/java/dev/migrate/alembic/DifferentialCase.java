package dev.migrate.alembic;

import java.util.List;

/** A graph and the commands to run on it, named so that a failure can be found again. */
record DifferentialCase(String name, GraphSpec graph, List<Command> commands) {

	DifferentialCase {
		commands = List.copyOf(commands);
	}

	/** A random graph and 10 to 16 random commands from one seed. */
	static DifferentialCase random(long seed) {
		GraphSpec graph = RandomGraphs.generate(seed);
		java.util.Random random = new java.util.Random(seed * 31 + 7);
		return new DifferentialCase("seed " + seed, graph, new RandomCommands(graph, random).generate(10 + random.nextInt(7)));
	}

}
