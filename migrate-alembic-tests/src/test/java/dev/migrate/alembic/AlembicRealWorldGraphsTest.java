package dev.migrate.alembic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The graph shapes of real projects, each with the commands their operators run followed by 20
 * random commands: a 340-revision history with 30 two-way merges and a three-way merge, a
 * 150-revision graph with a four-way merge and one depends_on, and Neutron's expand/contract branches.
 */
class AlembicRealWorldGraphsTest extends DifferentialSuite {

	@TestFactory
	Stream<DynamicTest> realWorldGraphs() {
		return tests(Stream.of(manyMerges(), fourWayMerge(), expandContract()));
	}

	private static DifferentialCase manyMerges() {
		GraphSpec graph = RealWorldGraphs.manyMerges();
		List<String> ids = graph.ids();
		return withRandom("340 revisions, 30 two-way merges, one three-way merge", graph, 340,
				"upgrade " + ids.get(100), "upgrade +3", "upgrade heads", "downgrade -2", "downgrade " + ids.get(250),
				"upgrade head", "downgrade " + ids.get(60).substring(0, 8), "upgrade " + ids.get(200) + "+2",
				"stamp " + ids.get(150), "upgrade heads", "downgrade base", "upgrade " + ids.get(339));
	}

	private static DifferentialCase fourWayMerge() {
		GraphSpec graph = RealWorldGraphs.fourWayMerge();
		List<String> ids = graph.ids();
		return withRandom("150 revisions, a four-way merge, one depends_on", graph, 150, "upgrade branch_3@head",
				"upgrade branch_2@head", "upgrade heads", "downgrade " + ids.get(70), "upgrade branch_4@+3",
				"downgrade branch_1@base", "upgrade head", "downgrade -3", "stamp " + ids.get(65), "upgrade heads",
				"downgrade branch_1@" + ids.get(65), "downgrade base");
	}

	private static DifferentialCase expandContract() {
		GraphSpec graph = RealWorldGraphs.expandContract();
		List<String> ids = graph.ids();
		String expand100 = ids.get(100);
		String contract60 = ids.get(131 + 60);
		return withRandom("expand/contract, 130 revisions each, contract depends on expand", graph, 130,
				"upgrade expand@head", "upgrade contract@head", "downgrade contract@-5", "upgrade heads",
				"downgrade contract@base", "downgrade expand@-3", "upgrade contract@+2", "upgrade expand@" + expand100,
				"downgrade expand@" + ids.get(50), "upgrade heads", "downgrade expand@base", "upgrade contract@" + contract60,
				"downgrade base", "upgrade contract@head", "upgrade expand@head", "stamp contract@head",
				"downgrade contract@" + ids.get(131 + 40), "upgrade heads");
	}

	private static DifferentialCase withRandom(String name, GraphSpec graph, long seed, String... scripted) {
		List<Command> commands = new ArrayList<>();
		for (String command : scripted) {
			commands.add(Command.parse(command));
		}
		commands.addAll(new RandomCommands(graph, new Random(seed)).generate(20));
		return new DifferentialCase(name, graph, commands);
	}

}
