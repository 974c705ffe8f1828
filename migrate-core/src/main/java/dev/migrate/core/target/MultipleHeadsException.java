package dev.migrate.core.target;

import java.util.List;

/** A target that needs a single head ({@code head}, {@code label@head}) found several. */
public class MultipleHeadsException extends TargetException {

	private final List<String> heads;

	private final String target;

	public MultipleHeadsException(String target, List<String> heads) {
		super("Target '" + target + "' needs a single head, but there are " + heads.size() + ": "
				+ String.join(", ", heads) + ". Name one of them (or its branch label, as '<label>@head'), use 'heads' "
				+ "to go to all of them, or join them with: migrate merge -m \"<message>\" " + String.join(" ", heads));
		this.heads = List.copyOf(heads);
		this.target = target;
	}

	public List<String> heads() {
		return this.heads;
	}

	public String target() {
		return this.target;
	}

}
