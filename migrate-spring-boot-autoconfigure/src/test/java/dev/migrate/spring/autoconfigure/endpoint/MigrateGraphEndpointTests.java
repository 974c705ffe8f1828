package dev.migrate.spring.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import dev.migrate.core.drawing.GraphMarks;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.testsupport.HeadlessChromium;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;

/**
 * {@code /actuator/migrate/graph} and {@code graph.html} over real HTTP, on an application whose
 * upgrade stopped at a recorded failure (H2), and the page as headless Chromium draws it.
 */
class MigrateGraphEndpointTests {

	private static final String[] REVISIONS = { "9a0000000001", "9a0000000002", "9a0000000003", "9a0000000004",
			"9a0000000005" };

	private static final AtomicInteger port = new AtomicInteger();

	private static ConfigurableApplicationContext application;

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateEndpointAutoConfiguration.class, MigrateGraphAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.run-on-ready=false")
		.withBean(RecordingExit.class);

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		SpringApplication app = new SpringApplication(GraphApplication.class);
		app.setRegisterShutdownHook(false);
		app.addListeners((ApplicationListener<WebServerInitializedEvent>) (event) -> port.set(event.getWebServer().getPort()));
		application = app.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"--management.endpoints.web.exposure.include=health,migrate", "--migrate.locations=classpath:db/graph",
				"--migrate.fail-on-error=false", "--migrate.run-at=startup");
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void servesTheGraphAsSvgWithWhereTheDatabaseStands() throws Exception {
		HttpResponse<String> response = get("/actuator/migrate/graph");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("image/svg+xml"));
		Document svg = parse(response.body());
		List<String> nodes = new ArrayList<>();
		List<String> classes = new ArrayList<>();
		for (Element group : elements(svg, "g")) {
			if (group.getAttribute("class").startsWith("node ")) {
				nodes.add(group.getAttribute("data-revision"));
				classes.add(group.getAttribute("class"));
			}
		}
		assertThat(nodes).containsExactly(REVISIONS);
		assertThat(classes).containsExactly("node applied", "node applied", "node applied", "node applied current",
				"node failed");
		List<String> edges = new ArrayList<>();
		for (Element path : elements(svg, "path")) {
			if (path.getAttribute("class").startsWith("edge ")) {
				edges.add(path.getAttribute("class") + " " + path.getAttribute("data-from") + "->"
						+ path.getAttribute("data-to"));
			}
		}
		assertThat(edges).containsExactlyInAnyOrder("edge down-revision 9a0000000001->9a0000000002",
				"edge down-revision 9a0000000001->9a0000000003", "edge depends-on 9a0000000002->9a0000000003",
				"edge down-revision 9a0000000002->9a0000000004", "edge down-revision 9a0000000003->9a0000000004",
				"edge down-revision 9a0000000004->9a0000000005");
		assertThat(response.body()).contains("state: FAILED (recorded-failure), current: 9a0000000004, 1 pending");
	}

	@Test
	void servesAPageWithTheEndpointsStateAndTheDrawingInline() throws Exception {
		HttpResponse<String> response = get("/actuator/migrate/graph.html");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		String page = response.body();
		assertThat(page).startsWith("<!DOCTYPE html>").contains("<span class=\"state\">FAILED</span> (recorded-failure)")
			.contains("<code>9a0000000005</code> a statement that fails").contains("<svg ");
		// nothing from elsewhere: the only absolute URL is SVG's namespace name, which is never fetched
		assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://", "https://",
				"<script", "<link");
		assertThat(get("/actuator/migrate/other").statusCode()).isEqualTo(404);
	}

	@Test
	void headlessChromiumDrawsThePageWithItsNodes() throws Exception {
		BufferedImage screenshot = HeadlessChromium.screenshot(uri("/actuator/migrate/graph.html"), 1000, 1400);

		// a node box is about 150 x 58 pixels; the legend's swatches are 14 x 12
		assertThat(HeadlessChromium.count(screenshot, GraphMarks.Mark.APPLIED.fill()))
			.as("pixels of applied nodes").isGreaterThan(4 * 3000);
		assertThat(HeadlessChromium.count(screenshot, GraphMarks.Mark.FAILED.fill()))
			.as("pixels of the failed node").isGreaterThan(3000);
	}

	@Test
	void isPartOfTheMigrateEndpointWhenTheLayoutLibraryIsThere() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrate")
			.run((context) -> assertThat(context).hasSingleBean(MigrateGraphPages.class));
	}

	@Test
	void backsOffWhenTheMigrateEndpointIsNotExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateGraphPages.class));
	}

	@Test
	void backsOffWithoutTheLayoutLibrary() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrate")
			.withClassLoader(new FilteredClassLoader("org.eclipse.elk"))
			.run((context) -> assertThat(context).hasSingleBean(MigrateEndpoint.class)
				.doesNotHaveBean(MigrateGraphPages.class));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port.get() + path);
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> elements(Document document, String name) {
		NodeList list = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			elements.add((Element) list.item(i));
		}
		return elements;
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class GraphApplication {

		@Bean
		RecordingExit recordingExit() {
			return new RecordingExit();
		}

	}

}
