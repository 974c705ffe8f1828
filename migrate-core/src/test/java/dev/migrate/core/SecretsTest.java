package dev.migrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Cannot connect to jdbc:mysql://h:3306/x?password=pw1 now | Cannot connect to jdbc:mysql://h:3306/x?password=**** now",
			"Cannot connect to jdbc:mysql://h/x?password=p:w1: Access denied | Cannot connect to jdbc:mysql://h/x?password=****: Access denied",
			"jdbc:postgresql://h/x?user=a&password=pw1&ssl=true | jdbc:postgresql://h/x?user=a&password=****&ssl=true",
			"jdbc:mariadb://root:pw1@h:3306/x | jdbc:mariadb://root:****@h:3306/x",
			"jdbc:sqlserver://h;user=sa;Password=pw1;db=x | jdbc:sqlserver://h;user=sa;Password=****;db=x",
			"No suitable driver for jdbc:oracle:thin:scott/tiger@h:1521/x | No suitable driver for jdbc:oracle:thin:scott/****@h:1521/x" })
	void everyUrlFormIsMaskedAnywhereInAText(String text, String expected) {
		assertThat(Secrets.none().scrub(text)).isEqualTo(expected);
	}

	@Test
	void theKnownValuesAreMaskedWhereverTheyStandAlsoDecodedAndAsJson() {
		Secrets secrets = Secrets.of(List.of("Given\"Pw"), List.of("jdbc:mariadb://root:p%40ss@h/x"));
		assertThat(secrets.scrub("Incorrect port value : p%40ss@h")).isEqualTo("Incorrect port value : ****@h");
		assertThat(secrets.scrub("user p@ss said Given\"Pw")).isEqualTo("user **** said ****");
		assertThat(secrets.scrub("{\"message\": \"Given\\\"Pw\"}")).isEqualTo("{\"message\": \"****\"}");
		assertThat(secrets.scrub((String) null)).isNull();
	}

	@Test
	void aFailureIsCopiedOnlyWhenItsChainRevealsASecretAndKeepsSqlState() {
		Secrets secrets = Secrets.of(List.of("pw1"), List.of());
		SQLException clean = new SQLException("Access denied", "28000");
		assertThat((Object) secrets.scrub(clean)).isSameAs(clean);
		SQLException driver = new SQLException("bad port pw1@host", "08001", 7);
		RuntimeException pool = new RuntimeException("Failed to initialize pool: bad port pw1@host", driver);
		Throwable scrubbed = secrets.scrub(pool);
		assertThat(scrubbed).isNotSameAs(pool).hasMessage("Failed to initialize pool: bad port ****@host");
		assertThat(scrubbed.getStackTrace()).isEqualTo(pool.getStackTrace());
		assertThat(scrubbed.getCause()).isInstanceOf(SQLException.class).hasMessage("bad port ****@host");
		assertThat(((SQLException) scrubbed.getCause()).getSQLState()).isEqualTo("08001");
	}

}
