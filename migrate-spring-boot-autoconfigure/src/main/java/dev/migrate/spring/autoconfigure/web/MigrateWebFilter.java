package dev.migrate.spring.autoconfigure.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.migrate.spring.autoconfigure.MigrateTrafficGate;

/**
 * Reactive stack: answers the application's own requests with {@code 503} and {@code Retry-After}
 * while {@link MigrateTrafficGate} is closed. Actuator's paths pass.
 */
public final class MigrateWebFilter implements WebFilter, Ordered {

	private final MigrateTrafficGate gate;

	private final ManagementPaths management;

	public MigrateWebFilter(MigrateTrafficGate gate, ManagementPaths management) {
		this.gate = Objects.requireNonNull(gate, "gate");
		this.management = Objects.requireNonNull(management, "management");
	}

	/** Ahead of every other filter: nothing of the application runs while the schema is not current. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Duration retryAfter = this.gate.retryAfter();
		if (retryAfter == null
				|| this.management.matches(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return chain.filter(exchange);
		}
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
		response.getHeaders().set("Retry-After", Long.toString(retryAfter.toSeconds()));
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
		DataBuffer body = response.bufferFactory().wrap((this.gate.reason() + "\n").getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(body));
	}

}
