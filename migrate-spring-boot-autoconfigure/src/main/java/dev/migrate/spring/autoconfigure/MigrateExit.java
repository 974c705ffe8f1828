package dev.migrate.spring.autoconfigure;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/**
 * Ends the application with an exit status: after a failed upgrade at startup with
 * {@code migrate.fail-on-error=true}, and after a {@code migrate.command}. A bean of this type
 * replaces the default, which closes the context and then the JVM (tests record the status
 * instead).
 */
@FunctionalInterface
public interface MigrateExit {

	/**
	 * Ends the application.
	 * @param context the application's context
	 * @param status 0 for success, 1 for a failure, 2 for an input error
	 */
	void exit(ApplicationContext context, int status);

	/** Closes the context through {@link SpringApplication#exit} and then calls {@link System#exit}. */
	static MigrateExit system() {
		return (context, status) -> {
			SpringApplication.exit(context, () -> status);
			System.exit(status);
		};
	}

}
