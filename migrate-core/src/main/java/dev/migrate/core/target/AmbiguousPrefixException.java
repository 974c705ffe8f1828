package dev.migrate.core.target;

import java.util.List;

/** A revision id prefix matches more than one revision. */
public class AmbiguousPrefixException extends TargetException {

	private final String prefix;

	private final List<String> matches;

	public AmbiguousPrefixException(String prefix, List<String> matches) {
		super("Revision prefix '" + prefix + "' is ambiguous: it matches " + String.join(", ", matches)
				+ ". Give more characters of the id.");
		this.prefix = prefix;
		this.matches = List.copyOf(matches);
	}

	public String prefix() {
		return this.prefix;
	}

	public List<String> matches() {
		return this.matches;
	}

}
