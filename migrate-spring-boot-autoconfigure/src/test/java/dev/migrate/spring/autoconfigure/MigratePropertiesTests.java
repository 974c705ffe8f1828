package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.revision.Location;
import dev.migrate.core.target.Target;

class MigratePropertiesTests {

	private final MigrateProperties properties = new MigrateProperties();

	@Test
	void defaultsBuildCoresDefaultSettings() {
		assertThat(MigrateAutoConfiguration.settings(this.properties)).isEqualTo(MigrateSettings.defaults());
	}

	@Test
	void everyDefaultMatchesCore() {
		MigrateSettings core = MigrateSettings.defaults();
		assertThat(this.properties.getVersionTable()).isEqualTo(TableNames.DEFAULT_VERSION_TABLE);
		assertThat(this.properties.getHistoryTable()).isEqualTo(TableNames.DEFAULT_HISTORY_TABLE);
		assertThat(this.properties.getSchema()).isEqualTo(core.tables().schema());
		assertThat(this.properties.getBaseline().getRevision()).isEqualTo(core.baselineRevision());
		assertThat(this.properties.getLock().getNamespace()).isEqualTo(LockSettings.DEFAULT_NAMESPACE);
		assertThat(this.properties.getLock().getTimeout()).isEqualTo(LockSettings.DEFAULT_TIMEOUT);
		assertThat(this.properties.isValidateChecksums()).isEqualTo(core.validateChecksums());
		assertThat(this.properties.getLocations()).containsExactly(Location.DEFAULT.toString());
		assertThat(Target.parse(this.properties.getTarget())).isInstanceOf(Target.Heads.class);
		assertThat(this.properties.getGuard().getMode()).isEqualTo(MigrateProperties.Guard.Mode.WARN);
		assertThat(this.properties.isEnabled()).isTrue();
		assertThat(this.properties.isRunOnReady()).isTrue();
		assertThat(this.properties.isFailOnError()).isTrue();
		assertThat(this.properties.getCommand()).isNull();
		assertThat(this.properties.getDatasource().getUrl()).isNull();
	}

	@Test
	void metadataDocumentsEveryPropertyWithTheDefaultsOfCore() throws IOException {
		Map<String, JsonNode> metadata = metadata();
		assertThat(metadata).containsKeys("migrate.enabled", "migrate.run-on-ready", "migrate.locations", "migrate.target",
				"migrate.schema", "migrate.version-table", "migrate.history-table", "migrate.baseline.revision",
				"migrate.lock.namespace", "migrate.lock.timeout", "migrate.guard.mode", "migrate.validate-checksums",
				"migrate.fail-on-error", "migrate.datasource.url", "migrate.datasource.username",
				"migrate.datasource.password", "migrate.command");
		metadata.forEach((name, property) -> {
			if (name.startsWith("migrate.")) {
				assertThat(property.path("description").asString()).as("description of %s", name).isNotBlank();
			}
		});
		assertThat(metadata.get("migrate.version-table").path("defaultValue").asString())
			.isEqualTo(TableNames.DEFAULT_VERSION_TABLE);
		assertThat(metadata.get("migrate.history-table").path("defaultValue").asString())
			.isEqualTo(TableNames.DEFAULT_HISTORY_TABLE);
		assertThat(metadata.get("migrate.lock.namespace").path("defaultValue").asString())
			.isEqualTo(LockSettings.DEFAULT_NAMESPACE);
		assertThat(metadata.get("migrate.lock.timeout").path("defaultValue").asString()).isEqualTo("60s");
		assertThat(metadata.get("migrate.guard.mode").path("defaultValue").asString()).isEqualTo("warn");
		assertThat(metadata.get("migrate.locations").path("defaultValue").get(0).asString())
			.isEqualTo(Location.DEFAULT.toString());
		assertThat(metadata.get("migrate.target").path("defaultValue").asString()).isEqualTo("heads");
	}

	private static Map<String, JsonNode> metadata() throws IOException {
		try (InputStream in = MigratePropertiesTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated configuration metadata").isNotNull();
			JsonNode root = JsonMapper.builder().build().readTree(in);
			Map<String, JsonNode> properties = new HashMap<>();
			for (JsonNode property : (Iterable<JsonNode>) root.path("properties")::iterator) {
				properties.put(property.path("name").asString(), property);
			}
			return properties;
		}
	}

	@Test
	void locationsAreAMutableList() {
		this.properties.getLocations().add("filesystem:/srv/revisions");
		assertThat(this.properties.getLocations()).isEqualTo(List.of("classpath:db/revisions", "filesystem:/srv/revisions"));
	}

}
