package dev.migrate.spring.autoconfigure.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.migrate.spring.autoconfigure.MigrateTrafficGate;

/**
 * Servlet stack: answers the application's own requests with {@code 503} and {@code Retry-After}
 * while {@link MigrateTrafficGate} is closed, before they reach code that would fail on the schema
 * with a 500. Actuator's paths pass.
 */
public final class MigrateServletFilter extends OncePerRequestFilter implements Ordered {

	private final MigrateTrafficGate gate;

	private final ManagementPaths management;

	public MigrateServletFilter(MigrateTrafficGate gate, ManagementPaths management) {
		this.gate = Objects.requireNonNull(gate, "gate");
		this.management = Objects.requireNonNull(management, "management");
	}

	/** Ahead of every other filter: nothing of the application runs while the schema is not current. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration retryAfter = this.gate.retryAfter();
		if (retryAfter == null || this.management.matches(request.getRequestURI().substring(request.getContextPath().length()))) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream().write((this.gate.reason() + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
