package dev.migrate.core.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * Counts the round trips a DataSource's user makes that run SQL or switch the session: every
 * execute of a statement, and {@code setSchema}/{@code setCatalog}. A JDBC proxy that only
 * counts: the database still does everything.
 */
public final class QueryCounter {

	private static final Set<String> SESSION_CALLS = Set.of("setSchema", "setCatalog");

	private final AtomicInteger count = new AtomicInteger();

	public int count() {
		return this.count.get();
	}

	public void reset() {
		this.count.set(0);
	}

	/** {@code dataSource}, counting. */
	public DataSource wrap(DataSource dataSource) {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					Object result = invoke(dataSource, method, args);
					return (result instanceof Connection connection) ? connection(connection) : result;
				});
	}

	private Connection connection(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (SESSION_CALLS.contains(method.getName())) {
						this.count.incrementAndGet();
					}
					Object result = invoke(connection, method, args);
					if (result instanceof Statement statement) {
						return statement(statement, method.getReturnType());
					}
					return result;
				});
	}

	private Object statement(Statement statement, Class<?> type) {
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			if (method.getName().startsWith("execute")) {
				this.count.incrementAndGet();
			}
			return invoke(statement, method, args);
		});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
