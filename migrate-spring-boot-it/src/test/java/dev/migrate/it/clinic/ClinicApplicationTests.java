package dev.migrate.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The application's full test, as its authors write it: no migrate-specific annotation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClinicApplicationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private OwnerCount ownerCount;

	@Test
	void startsValidatedAndServesThePage() throws Exception {
		assertThat(this.ownerCount.counted()).isEqualTo(2);
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/owners")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).isEqualTo("Betty Davis, George Franklin");
	}

}
