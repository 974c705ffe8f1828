package dev.migrate.core.dialect;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DialectsTest {

	private final Dialects dialects = Dialects.builtIn();

	@Test
	void holdsTheThreeSupportedDatabases() {
		assertThat(this.dialects.all()).extracting(Dialect::name).containsExactly("postgresql", "mariadb", "h2");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.dialects.all().add(new H2Dialect()));
	}

	@ParameterizedTest
	@CsvSource({ "postgresql, postgresql", "mariadb, mariadb", "h2, h2", "PostgreSQL, postgresql", "mysql, mariadb",
			"MySQL, mariadb" })
	void choosesByName(String name, String expected) {
		assertThat(this.dialects.byName(name).name()).isEqualTo(expected);
	}

	@Test
	void rejectsAnUnknownNameListingTheSupportedOnes() {
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> this.dialects.byName("oracle"))
			.withMessage("Unknown dialect 'oracle': use one of postgresql, mariadb, mysql, h2")
			.satisfies(ex -> assertThat(ex.code()).isEqualTo(ErrorCode.USAGE));
	}

	@ParameterizedTest
	@CsvSource({ "PostgreSQL, postgresql", "MariaDB, mariadb", "MySQL, mariadb", "H2, h2" })
	void choosesByProductName(String productName, String expected) {
		assertThat(this.dialects.forProductName(productName).name()).isEqualTo(expected);
	}

	@Test
	void rejectsAnUnknownProductListingTheSupportedOnes() {
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> this.dialects.forProductName("Oracle"))
			.withMessage("Unsupported database 'Oracle': migrate supports PostgreSQL, MariaDB, MySQL, H2");
	}

	@ParameterizedTest
	@CsvSource({ "jdbc:postgresql://db:5432/app, postgresql", "jdbc:mariadb://db/app, mariadb",
			"jdbc:mysql://db:3306/app?useSSL=false, mariadb", "jdbc:h2:mem:app;DB_CLOSE_DELAY=-1, h2",
			"' JDBC:H2:file:./data', h2" })
	void choosesByJdbcUrl(String url, String expected) {
		assertThat(this.dialects.forUrl(url).name()).isEqualTo(expected);
	}

	@Test
	void rejectsAnUnknownUrlWithoutShowingItsSecrets() {
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> this.dialects.forUrl("jdbc:oracle:thin:scott/tiger@db:1521/app?password=s3cret"))
			.withMessage("Unsupported JDBC URL 'jdbc:oracle:...': migrate supports URLs starting with jdbc:postgresql:,"
					+ " jdbc:mariadb:, jdbc:mysql:, jdbc:h2:; or name the dialect with --dialect postgresql|mariadb|mysql|h2")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("tiger").doesNotContain("s3cret"));
	}

	@Test
	void refusesTwoDialectsWithOneName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Dialects(List.of(new H2Dialect(), new H2Dialect())))
			.withMessage("Two dialects are named 'h2'");
		assertThatIllegalArgumentException().isThrownBy(() -> new Dialects(List.of()));
	}

	@Test
	void acceptsAnotherDatabaseAsOneMoreClass() {
		Dialects withH2Only = new Dialects(List.of(new H2Dialect()));
		assertThat(withH2Only.forUrl("jdbc:h2:mem:x").name()).isEqualTo("h2");
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> withH2Only.forProductName("PostgreSQL"))
			.withMessage("Unsupported database 'PostgreSQL': migrate supports H2");
	}

}
