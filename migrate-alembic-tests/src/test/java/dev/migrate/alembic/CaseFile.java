package dev.migrate.alembic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small regression case written by hand, one line each:
 * {@code rev <id> <down,...|base> [labels=a,b] [depends=x,y]} and {@code cmd <op> <target>};
 * {@code #} starts a comment. Kept in {@code src/test/resources/cases/}.
 */
final class CaseFile {

	private CaseFile() {
	}

	static DifferentialCase parse(String name, String text) {
		List<GraphSpec.Node> nodes = new ArrayList<>();
		List<Command> commands = new ArrayList<>();
		int lineNumber = 0;
		for (String raw : text.split("\n")) {
			lineNumber++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] words = line.split("\\s+");
			if (words[0].equals("cmd") && words.length == 3) {
				commands.add(new Command(words[1], words[2]));
			}
			else if (words[0].equals("rev") && words.length >= 3) {
				List<String> labels = List.of();
				List<String> depends = List.of();
				for (int i = 3; i < words.length; i++) {
					if (words[i].startsWith("labels=")) {
						labels = list(words[i].substring(7));
					}
					else if (words[i].startsWith("depends=")) {
						depends = list(words[i].substring(8));
					}
					else {
						throw new IllegalArgumentException(name + " line " + lineNumber + ": unknown word " + words[i]);
					}
				}
				nodes.add(new GraphSpec.Node(words[1], words[2].equals("base") ? List.of() : list(words[2]), labels, depends));
			}
			else {
				throw new IllegalArgumentException(name + " line " + lineNumber + ": expected 'rev <id> <down|base> "
						+ "[labels=..] [depends=..]' or 'cmd <op> <target>', got: " + line);
			}
		}
		return new DifferentialCase(name, new GraphSpec(nodes), commands);
	}

	private static List<String> list(String text) {
		return Arrays.stream(text.split(",")).filter(part -> !part.isEmpty()).toList();
	}

}
