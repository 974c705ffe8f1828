package dev.migrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

	@Test
	void redactsPasswordParameters() {
		assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/app?user=app&password=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=****&ssl=true");
		assertThat(JdbcUrls.redact("jdbc:h2:tcp://x/db;USER=sa;PASSWORD=hunter2;MODE=PostgreSQL"))
			.doesNotContain("hunter2")
			.contains("MODE=PostgreSQL");
	}

	@Test
	void redactsUserInfo() {
		assertThat(JdbcUrls.redact("jdbc:mariadb://root:topsecret@127.0.0.1:3306/test"))
			.isEqualTo("jdbc:mariadb://root:****@127.0.0.1:3306/test");
	}

	@Test
	void leavesUrlsWithoutPasswordsAlone() {
		assertThat(JdbcUrls.redact("jdbc:postgresql://127.0.0.1:5432/test")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
	}

}
