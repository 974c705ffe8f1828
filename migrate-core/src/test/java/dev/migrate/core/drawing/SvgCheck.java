package dev.migrate.core.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a drawing back as XML and checks what a reader relies on: nodes, boxes and edges. */
public final class SvgCheck {

	private final Document document;

	private SvgCheck(Document document) {
		this.document = document;
	}

	/** Parses the SVG (fails on anything that is not well-formed XML). */
	public static SvgCheck parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		return new SvgCheck(document);
	}

	/** The revision of each node group, in document order. */
	public List<String> nodeRevisions() {
		List<String> revisions = new ArrayList<>();
		for (Element group : elements("g")) {
			if (hasClass(group, "node")) {
				revisions.add(group.getAttribute("data-revision"));
			}
		}
		return revisions;
	}

	/** The class attribute of the node of a revision. */
	public String nodeClass(String revision) {
		for (Element group : elements("g")) {
			if (hasClass(group, "node") && group.getAttribute("data-revision").equals(revision)) {
				return group.getAttribute("class");
			}
		}
		throw new AssertionError("no node for " + revision);
	}

	/** Asserts that no two node boxes share any area (touching edges allowed). */
	public void assertNoBoxesOverlap() {
		List<double[]> boxes = new ArrayList<>();
		for (Element rect : elements("rect")) {
			if (hasClass(rect, "box")) {
				boxes.add(new double[] { number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height") });
			}
		}
		assertThat(boxes).hasSameSizeAs(nodeRevisions());
		boxes.sort((a, b) -> Double.compare(a[1], b[1]));
		for (int i = 0; i < boxes.size(); i++) {
			double[] a = boxes.get(i);
			for (int j = i + 1; j < boxes.size() && boxes.get(j)[1] < a[1] + a[3]; j++) {
				double[] b = boxes.get(j);
				boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
				assertThat(apart).as("boxes %s and %s overlap", List.of(a[0], a[1]), List.of(b[0], b[1])).isTrue();
			}
		}
	}

	/**
	 * Asserts that every line of text of a node ends inside its box, taking a monospace font's
	 * advance of 0.6 em (DejaVu Sans Mono's 0.602).
	 */
	public void assertTextFitsBoxes() {
		for (Element group : elements("g")) {
			if (!hasClass(group, "node")) {
				continue;
			}
			Element box = null;
			NodeList rects = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
			for (int i = 0; i < rects.getLength(); i++) {
				if (hasClass((Element) rects.item(i), "box")) {
					box = (Element) rects.item(i);
				}
			}
			assertThat(box).isNotNull();
			NodeList texts = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
			assertThat(texts.getLength()).isEqualTo(3);
			for (int i = 0; i < texts.getLength(); i++) {
				Element text = (Element) texts.item(i);
				double end = number(text, "x") + text.getTextContent().length() * 12 * 0.602;
				assertThat(end).as("text '%s' ends inside its box", text.getTextContent())
					.isLessThanOrEqualTo(number(box, "x") + number(box, "width"));
				assertThat(number(text, "y")).isBetween(number(box, "y"), number(box, "y") + number(box, "height"));
			}
		}
	}

	/**
	 * Asserts that no edge runs through the inside of a box (its own two boxes included: it may
	 * only end on their border), so that no line crosses a revision's text.
	 */
	public void assertEdgesAvoidBoxes() {
		List<double[]> boxes = new ArrayList<>();
		for (Element rect : elements("rect")) {
			if (hasClass(rect, "box")) {
				boxes.add(new double[] { number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height") });
			}
		}
		for (Element path : elements("path")) {
			if (!hasClass(path, "edge")) {
				continue;
			}
			String[] points = path.getAttribute("d").replace("M", "").split(" L");
			for (int i = 0; i + 1 < points.length; i++) {
				double[] a = point(points[i]);
				double[] b = point(points[i + 1]);
				for (double[] box : boxes) {
					// shrink by a pixel: an edge may start or end on a border
					double left = box[0] + 1;
					double right = box[0] + box[2] - 1;
					double top = box[1] + 1;
					double bottom = box[1] + box[3] - 1;
					boolean crosses = Math.max(a[0], b[0]) > left && Math.min(a[0], b[0]) < right
							&& Math.max(a[1], b[1]) > top && Math.min(a[1], b[1]) < bottom;
					assertThat(crosses).as("edge %s->%s runs through the box at %s", path.getAttribute("data-from"),
							path.getAttribute("data-to"), List.of(box[0], box[1])).isFalse();
				}
			}
		}
	}

	private static double[] point(String text) {
		String[] xy = text.trim().split(",");
		return new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
	}

	/** The edges of a kind ({@code down-revision} or {@code depends-on}) as "from->to". */
	public List<String> edges(String kind) {
		List<String> edges = new ArrayList<>();
		for (Element path : elements("path")) {
			if (hasClass(path, "edge") && hasClass(path, kind)) {
				edges.add(path.getAttribute("data-from") + "->" + path.getAttribute("data-to"));
				assertThat(path.getAttribute("d")).startsWith("M");
				if (kind.equals("depends-on")) {
					assertThat(path.getAttribute("stroke-dasharray")).as("depends_on edges are dashed").isNotBlank();
				}
				else {
					assertThat(path.getAttribute("stroke-dasharray")).isEmpty();
				}
			}
		}
		return edges;
	}

	/** The text of every {@code text} element, in order. */
	public List<String> texts() {
		List<String> texts = new ArrayList<>();
		for (Element text : elements("text")) {
			texts.add(text.getTextContent());
		}
		return texts;
	}

	private List<Element> elements(String name) {
		NodeList list = this.document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
		List<Element> elements = new ArrayList<>(list.getLength());
		for (int i = 0; i < list.getLength(); i++) {
			elements.add((Element) list.item(i));
		}
		return elements;
	}

	private static boolean hasClass(Element element, String name) {
		Set<String> classes = new HashSet<>(List.of(element.getAttribute("class").split(" ")));
		return classes.contains(name);
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

}
