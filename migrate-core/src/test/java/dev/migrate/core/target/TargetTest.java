package dev.migrate.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetTest {

	@Test
	void parsesKeywords() {
		assertThat(Target.parse("head")).isEqualTo(new Target.Head());
		assertThat(Target.parse("heads")).isEqualTo(new Target.Heads());
		assertThat(Target.parse(" base ")).isEqualTo(new Target.Base());
	}

	@Test
	void parsesRevisionsAndBranchForms() {
		assertThat(Target.parse("4f2a9c")).isEqualTo(new Target.Revision("4f2a9c"));
		assertThat(Target.parse("accounts@head")).isEqualTo(new Target.BranchHead("accounts"));
		assertThat(Target.parse("accounts@base")).isEqualTo(new Target.BranchBase("accounts"));
		assertThat(Target.parse("accounts@4f2a")).isEqualTo(new Target.BranchRevision("accounts", "4f2a"));
	}

	@Test
	void parsesRelativeForms() {
		assertThat(Target.parse("+2")).isEqualTo(new Target.Relative(null, null, 2));
		assertThat(Target.parse("-1")).isEqualTo(new Target.Relative(null, null, -1));
		assertThat(Target.parse("ae10+3")).isEqualTo(new Target.Relative(null, "ae10", 3));
		assertThat(Target.parse("ae10-1")).isEqualTo(new Target.Relative(null, "ae10", -1));
		assertThat(Target.parse("accounts@+1")).isEqualTo(new Target.Relative("accounts", null, 1));
		assertThat(Target.parse("accounts@-2")).isEqualTo(new Target.Relative("accounts", null, -2));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a b", "x@", "@head", "a@b@c", "+0", "-", "drop;table", "rev+", "ä1234" })
	void rejectsMalformedTargetsListingTheValidForms(String text) {
		assertThatThrownBy(() -> Target.parse(text)).isInstanceOf(TargetException.class)
			.hasMessageContaining("is not a valid target")
			.hasMessageContaining("<label>@head");
	}

}
