package dev.migrate.spring.autoconfigure.rolling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrate.core.rolling.ContractMode;
import dev.migrate.core.rolling.RollingDeploy;
import dev.migrate.spring.autoconfigure.MigrateProperties;

/** {@code migrate.contract} and {@code migrate.instances.heartbeat}: core's defaults, documented. */
class RollingDeployPropertiesTests {

	@Test
	void defaultsMatchCore() {
		MigrateProperties properties = new MigrateProperties();
		assertThat(properties.getContract()).isEqualTo(ContractMode.AUTO);
		assertThat(properties.getInstances().getHeartbeat()).isEqualTo(RollingDeploy.DEFAULT_HEARTBEAT);
	}

	@Test
	void metadataDocumentsBothWithTheirDefaults() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			JsonNode contract = null;
			JsonNode heartbeat = null;
			for (JsonNode property : (Iterable<JsonNode>) root.path("properties")::iterator) {
				switch (property.path("name").asString()) {
					case "migrate.contract" -> contract = property;
					case "migrate.instances.heartbeat" -> heartbeat = property;
					default -> {
					}
				}
			}
			assertThat(contract).isNotNull();
			assertThat(contract.path("description").asString()).contains("auto", "startup", "manual");
			assertThat(contract.path("defaultValue").asString()).isEqualTo("auto");
			assertThat(heartbeat).isNotNull();
			assertThat(heartbeat.path("description").asString()).contains("heartbeat");
			assertThat(heartbeat.path("defaultValue").asString()).isEqualTo("10s");
		}
	}

}
