package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;

import dev.migrate.sample.bookmarks.BookmarkEntries;
import dev.migrate.sample.bookmarks.BookmarkEntry;

import tools.jackson.databind.JsonNode;

/** What the sample does once started, over real HTTP; a subclass per database. */
abstract class SampleApplicationContract {

	@LocalServerPort
	int port;

	@Autowired
	BookmarkEntries entries;

	@Autowired
	Migrator migrator;

	private static final String SVG = "http://www.w3.org/2000/svg";

	/** The head this database's revisions end at. */
	abstract String head();

	/** How many revisions the first start applied. */
	abstract int revisions();

	/** The prefix of this test's tenant schemas ({@code bookmarks.tenants} are {@code <prefix>_a, <prefix>_b}). */
	abstract String tenantPrefix();

	Http http() {
		return new Http(this.port);
	}

	@Test
	void migrateEndpointShowsTheUpToDateDatabase() {
		JsonNode migrate = http().json("/actuator/migrate");
		assertThat(migrate.get("state").asString()).isEqualTo("UP_TO_DATE");
		assertThat(migrate.get("current")).extracting(JsonNode::asString).containsExactly(head());
		assertThat(migrate.get("heads")).extracting(JsonNode::asString).containsExactly(head());
		assertThat(migrate.get("pendingCount").asInt()).isZero();
		assertThat(migrate.get("pending")).isEmpty();
		JsonNode lastRun = migrate.get("lastRun");
		assertThat(lastRun.get("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(lastRun.get("applied").asInt()).isEqualTo(revisions());
		assertThat(lastRun.get("startedAt").asString()).isNotBlank();
		assertThat(lastRun.get("finishedAt").asString()).isNotBlank();
	}

	@Test
	void graphEndpointDrawsEachRevisionOnceWithAnEdgePerDownRevisionAndDependsOn() throws Exception {
		HttpResponse<String> response = http().get("/actuator/migrate/graph");
		assertThat(response.statusCode()).isEqualTo(200);
		Document svg = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		RevisionGraph graph = this.migrator.graph();
		List<String> nodes = new ArrayList<>();
		List<double[]> boxes = new ArrayList<>();
		NodeList groups = svg.getElementsByTagNameNS(SVG, "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").startsWith("node ")) {
				nodes.add(group.getAttribute("data-revision"));
				assertThat(group.getAttribute("class")).startsWith("node applied");
				Element box = (Element) group.getElementsByTagNameNS(SVG, "rect").item(0);
				boxes.add(new double[] { Double.parseDouble(box.getAttribute("x")), Double.parseDouble(box.getAttribute("y")),
						Double.parseDouble(box.getAttribute("width")), Double.parseDouble(box.getAttribute("height")) });
			}
		}
		assertThat(nodes).hasSize(revisions()).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(graph.revisions().stream().map(Revision::id).toList());
		for (int a = 0; a < boxes.size(); a++) {
			for (int b = a + 1; b < boxes.size(); b++) {
				double[] p = boxes.get(a);
				double[] q = boxes.get(b);
				assertThat(p[0] + p[2] <= q[0] || q[0] + q[2] <= p[0] || p[1] + p[3] <= q[1] || q[1] + q[3] <= p[1])
					.as("boxes of %s and %s overlap", nodes.get(a), nodes.get(b)).isTrue();
			}
		}
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < graph.size(); i++) {
			for (int parent : graph.parents(i)) {
				expected.add("down-revision " + graph.revision(parent).id() + "->" + graph.revision(i).id());
			}
			for (int dependency : graph.dependencies(i)) {
				expected.add("depends-on " + graph.revision(dependency).id() + "->" + graph.revision(i).id());
			}
		}
		List<String> edges = new ArrayList<>();
		NodeList paths = svg.getElementsByTagNameNS(SVG, "path");
		for (int i = 0; i < paths.getLength(); i++) {
			Element path = (Element) paths.item(i);
			if (path.getAttribute("class").startsWith("edge ")) {
				edges.add(path.getAttribute("class").substring(5) + " " + path.getAttribute("data-from") + "->"
						+ path.getAttribute("data-to"));
			}
		}
		assertThat(edges).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(http().get("/actuator/migrate/graph.html").body()).contains("<span class=\"state\">UP_TO_DATE</span>");
	}

	@Test
	void theTwoTenantsAreCurrentAndANewOneIsMigratedByOneCall() {
		JsonNode tenants = http().json("/actuator/migrate").get("tenants");
		for (String tenant : new String[] { tenantPrefix() + "_a", tenantPrefix() + "_b" }) {
			assertThat(tenants.get(tenant).get("state").asString()).as(tenant).isEqualTo("UP_TO_DATE");
			assertThat(tenants.get(tenant).get("current")).extracting(JsonNode::asString).containsExactly(head());
		}
		String added = tenantPrefix() + "_c";
		HttpResponse<String> created = http().post("/tenants/" + added, "{}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(http().json("/actuator/migrate/" + added).get("state").asString()).isEqualTo("UP_TO_DATE");
		assertThat(http().json("/actuator/migrate").get("tenants").get(added).get("pendingCount").asInt()).isZero();
	}

	@Test
	void healthAndProbesAreUp() {
		JsonNode health = http().json("/actuator/health");
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("migrate").get("details").get("state").asString())
			.isEqualTo("UP_TO_DATE");
		assertThat(http().get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		JsonNode readiness = http().json("/actuator/health/readiness");
		assertThat(readiness.get("components").get("migrate").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void metricsAreScrapedByPrometheus() {
		String scrape = http().get("/actuator/prometheus").body();
		assertThat(scrape).contains("migrate_pending_revisions 0.0")
			.contains("migrate_upgrade_seconds_count{outcome=\"success\"} 1")
			.contains("migrate_revision_apply_seconds_count{operation=\"upgrade\",phase=\"migrate\"} 1")
			.contains("migrate_lock_wait_seconds_count");
	}

	@Test
	void theSchemaTheRevisionsBuiltServesTheApi() {
		JsonNode bookmarks = http().json("/bookmarks");
		assertThat(bookmarks).extracting(b -> b.get("link").asString())
			.as("the Java revision normalized the seeded urls")
			.contains("https://docs.spring.io/spring-boot/", "https://alembic.sqlalchemy.org/en/latest/branches.html");
		HttpResponse<String> created = http().post("/bookmarks",
				"{\"link\":\"https://example.org/\",\"title\":\"Example\",\"owner\":\"ada\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		long id = Http.parse(created.body()).get("id").asLong();
		assertThat(http().json("/bookmarks/" + id).get("owner").asString()).isEqualTo("ada");
	}

	@Test
	void theJpaEntityReadsAndWritesTheSameRowsAsTheApi() {
		String owner = "grace-" + System.nanoTime();
		HttpResponse<String> created = http().post("/bookmarks",
				"{\"link\":\"https://example.org/jpa\",\"title\":\"Through JDBC\",\"owner\":\"" + owner + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		this.entries.save(new BookmarkEntry("https://example.org/jpa2", "Through JPA", owner));
		assertThat(this.entries.findByOwnerOrderById(owner)).extracting(BookmarkEntry::getTitle)
			.containsExactly("Through JDBC", "Through JPA");
		assertThat(this.entries.findByOwnerOrderById(owner).get(1).getCreatedAt()).as("the schema's default")
			.isNotNull();
		long id = this.entries.findByOwnerOrderById(owner).get(1).getId();
		assertThat(http().json("/bookmarks/" + id).get("title").asString()).isEqualTo("Through JPA");
	}

	@Test
	void writeOperationIsNotReachableByDefault() {
		assertThat(http().post("/actuator/migrateupgrade", "{}").statusCode()).isEqualTo(404);
	}

}
