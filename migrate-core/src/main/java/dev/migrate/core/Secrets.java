package dev.migrate.core;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

/**
 * The secrets of one run (the password given, and every password its URLs carry), and how any
 * text migrate prints or logs is cleaned of them. Drivers quote URLs and connection properties in
 * their messages, so a message is cleaned of each known value wherever it stands, and of every
 * URL form of a password ({@link JdbcUrls}) even when the value is not known.
 *
 * @param values the secret values, longest first so that a secret containing another goes whole
 */
public record Secrets(List<String> values) {

	private static final String MASK = "****";

	public Secrets {
		Set<String> distinct = new LinkedHashSet<>();
		for (String value : values) {
			if (value != null && !value.isEmpty()) {
				distinct.add(value);
				// how the value reads inside a JSON string
				distinct.add(value.replace("\\", "\\\\").replace("\"", "\\\""));
			}
		}
		List<String> sorted = new ArrayList<>(distinct);
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		values = List.copyOf(sorted);
	}

	/** No known value; URL forms are still cleaned. */
	public static Secrets none() {
		return new Secrets(List.of());
	}

	/**
	 * The secrets of a run.
	 * @param passwords passwords given on their own (nulls are skipped)
	 * @param urls JDBC URLs, whose passwords are added (nulls are skipped)
	 */
	public static Secrets of(Collection<String> passwords, Collection<String> urls) {
		List<String> values = new ArrayList<>();
		passwords.stream().filter(Objects::nonNull).forEach(values::add);
		urls.stream().filter(Objects::nonNull).map(JdbcUrls::passwords).forEach(values::addAll);
		return new Secrets(values);
	}

	/** {@code text} without any secret; {@code null} stays {@code null}. */
	public String scrub(String text) {
		if (text == null) {
			return null;
		}
		String scrubbed = text;
		for (String value : this.values) {
			scrubbed = scrubbed.replace(value, MASK);
		}
		return JdbcUrls.redact(scrubbed);
	}

	/** Whether {@code text} holds anything {@link #scrub} would remove. */
	public boolean reveals(String text) {
		return text != null && !text.equals(scrub(text));
	}

	/**
	 * {@code failure} itself when no message in its chain reveals a secret; otherwise a copy whose
	 * every message is scrubbed, with the same stack traces, for a log that prints the whole chain.
	 */
	public Throwable scrub(Throwable failure) {
		if (failure == null || !revealsAnywhere(failure)) {
			return failure;
		}
		Throwable copy = (failure instanceof SQLException sql)
				? new RedactedSQLException(scrub(sql.getMessage()), sql.getSQLState(), sql.getErrorCode())
				: new RedactedException(scrub(failure.getMessage()));
		copy.setStackTrace(failure.getStackTrace());
		if (failure.getCause() != null && failure.getCause() != failure) {
			copy.initCause(scrub(failure.getCause()));
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			copy.addSuppressed(scrub(suppressed));
		}
		return copy;
	}

	/** {@code failure} as an SQLException with the same SQLState, scrubbed as {@link #scrub(Throwable)} does. */
	public SQLException scrub(SQLException failure) {
		Throwable scrubbed = scrub((Throwable) failure);
		if (scrubbed instanceof SQLException sql) {
			return sql;
		}
		SQLException wrapped = new RedactedSQLException(scrubbed.getMessage(), null, 0);
		wrapped.setStackTrace(scrubbed.getStackTrace());
		wrapped.initCause(scrubbed.getCause());
		return wrapped;
	}

	private boolean revealsAnywhere(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (reveals(cause.getMessage())) {
				return true;
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (revealsAnywhere(suppressed)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * {@code dataSource} whose connection failures come out scrubbed: where a driver fails, it
	 * quotes the URL or the properties it was given. Everything above it (the engine's messages, a
	 * log's stack trace with every cause) then holds only scrubbed text.
	 */
	public DataSource guard(DataSource dataSource) {
		return new SecretGuardingDataSource(dataSource, this);
	}

	@Override
	public String toString() {
		return "Secrets[" + this.values.size() + " value(s)]";
	}

	/** A scrubbed copy of an exception that is not an SQLException (a pool's, a driver's runtime error). */
	static final class RedactedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		RedactedException(String message) {
			super(message);
		}

	}

	/** A scrubbed copy of an SQLException, keeping its SQLState and vendor code. */
	static final class RedactedSQLException extends SQLException {

		private static final long serialVersionUID = 1L;

		RedactedSQLException(String message, String sqlState, int vendorCode) {
			super(message, sqlState, vendorCode);
		}

	}

}
