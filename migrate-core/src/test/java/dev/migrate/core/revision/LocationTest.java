package dev.migrate.core.revision;

import java.nio.file.Path;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LocationTest {

	@Test
	void parsesClasspathLocationsWithoutLeadingOrTrailingSlashes() {
		assertThat(Location.parse("classpath:db/revisions")).isEqualTo(new Location.Classpath("db/revisions"));
		assertThat(Location.parse(" classpath:/db/revisions/ ")).isEqualTo(new Location.Classpath("db/revisions"));
		assertThat(Location.parse("CLASSPATH:db/revisions")).isEqualTo(new Location.Classpath("db/revisions"));
	}

	@Test
	void readsABarePathAsAClasspathLocation() {
		assertThat(Location.parse("db/revisions")).isEqualTo(new Location.Classpath("db/revisions"));
		assertThat(Location.parse("/db/revisions")).isEqualTo(new Location.Classpath("db/revisions"));
	}

	@Test
	void parsesFilesystemLocationsKeepingThePathAsGiven() {
		Location location = Location.parse("filesystem:../shared/revisions");

		assertThat(location).isEqualTo(new Location.Filesystem("../shared/revisions"));
		assertThat(((Location.Filesystem) location).toPath()).isEqualTo(Path.of("../shared/revisions"));
	}

	@Test
	void printsAsUsersWriteIt() {
		assertThat(Location.parse("/db/revisions/")).hasToString("classpath:db/revisions");
		assertThat(Location.parse("filesystem:/srv/revisions")).hasToString("filesystem:/srv/revisions");
		assertThat(Location.DEFAULT).hasToString("classpath:db/revisions");
	}

	@Test
	void rejectsAnUnknownPrefixNamingTheSetting() {
		MigrateException failure = catchThrowableOfType(() -> Location.parse("file:/srv/revisions"),
				MigrateException.class);

		assertThat(failure.code()).isEqualTo(ErrorCode.USAGE);
		assertThat(failure).hasMessage("Invalid revision location 'file:/srv/revisions': unknown prefix; use "
				+ "'classpath:' or 'filesystem:', e.g. 'classpath:db/revisions' or 'filesystem:/srv/app/revisions'; "
				+ "check migrate.locations (--locations on the command line)");
	}

	@Test
	void rejectsLocationsWithoutAFolder() {
		assertThat(catchThrowableOfType(() -> Location.parse("classpath:/"), MigrateException.class))
			.hasMessageStartingWith("Invalid revision location 'classpath:': no folder given");
		assertThat(catchThrowableOfType(() -> Location.parse(""), MigrateException.class))
			.hasMessageStartingWith("Invalid revision location 'classpath:': no folder given");
		assertThat(catchThrowableOfType(() -> Location.parse("filesystem:  "), MigrateException.class))
			.hasMessageStartingWith("Invalid revision location 'filesystem:': no folder given");
	}

}
