package dev.migrate.core.cli;

import java.io.PrintWriter;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a command's result as text or, with {@code --json}, as one JSON document. */
final class Output {

	/** Built on first use: Jackson takes longer to start than a text-mode command takes to run. */
	private static final class Json {

		static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	}

	private final PrintWriter out;

	private final boolean json;

	Output(PrintWriter out, boolean json) {
		this.out = out;
		this.json = json;
	}

	boolean isJson() {
		return this.json;
	}

	void line(String text) {
		this.out.println(text);
	}

	/** A record's fields as a JSON object would have them, to add more. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> fields(Object value) {
		return Json.MAPPER.convertValue(value, Map.class);
	}

	void json(Object value) {
		this.out.println(Json.MAPPER.writeValueAsString(value));
		this.out.flush();
	}

}
