package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/guard.md documents every rule: a section per id with its severities, an example, the
 * phases in which it blocks, why, and the recipe.
 */
class GuardDocsTest {

	private static String page() throws IOException {
		Path page = Path.of("../docs/guard.md");
		if (!Files.exists(page)) {
			page = Path.of("docs/guard.md");
		}
		return Files.readString(page);
	}

	@Test
	void everyRuleHasItsSection() throws IOException {
		String page = page();
		for (Rule rule : Rule.values()) {
			String heading = "### `" + rule.id() + "`\n";
			assertThat(page).as("section of rule %s", rule.id()).contains(heading);
			String section = page.substring(page.indexOf(heading));
			int next = section.indexOf("\n### ", heading.length());
			section = (next > 0) ? section.substring(0, next) : section;
			assertThat(section).as("severity table of %s", rule.id()).contains("| PostgreSQL | MariaDB | H2 |");
			assertThat(section).as("why of %s", rule.id()).contains("**Why**");
			assertThat(section).as("phases in which %s blocks", rule.id()).contains("**Blocks in**");
			assertThat(section).as("safe recipe of %s", rule.id()).containsAnyOf("**Safe recipe**", "**Fix**");
			if (rule != Rule.MULTIPLE_HEADS) {
				assertThat(section).as("example of %s", rule.id()).containsAnyOf("```sql", "```java");
			}
		}
	}

}
