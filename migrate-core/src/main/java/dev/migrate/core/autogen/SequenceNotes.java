package dev.migrate.core.autogen;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog compares tables, not sequences: when the model's DDL creates a sequence (an id
 * with {@code GenerationType.SEQUENCE}, or {@code AUTO} on most databases), autogenerate says that
 * no revision is written for it, rather than leave an application that fails on its first insert.
 */
public final class SequenceNotes {

	private static final Pattern CREATE_SEQUENCE = Pattern
		.compile("^\\s*create\\s+sequence\\s+(?:if\\s+not\\s+exists\\s+)?([^\\s(]+)", Pattern.CASE_INSENSITIVE);

	private SequenceNotes() {
	}

	/** One note naming the sequences the DDL creates; none when it creates none. */
	public static List<String> of(List<String> createStatements) {
		List<String> sequences = createStatements.stream()
			.map(CREATE_SEQUENCE::matcher)
			.filter(Matcher::find)
			.map((matcher) -> matcher.group(1).toLowerCase(Locale.ROOT))
			.toList();
		if (sequences.isEmpty()) {
			return List.of();
		}
		return List.of("The entities' DDL creates sequence(s) " + String.join(", ", sequences) + ": autogenerate "
				+ "does not compare sequences, so make sure a revision creates them (copy Hibernate's 'create "
				+ "sequence' statement), or map the ids with GenerationType.IDENTITY.");
	}

}
