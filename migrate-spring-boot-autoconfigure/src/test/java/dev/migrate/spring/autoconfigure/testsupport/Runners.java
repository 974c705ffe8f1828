package dev.migrate.spring.autoconfigure.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/** Calls a context's runners in their order, as Spring Boot does once the context has started. */
public final class Runners {

	private Runners() {
	}

	public static void run(ApplicationContext context) {
		List<ApplicationRunner> runners = new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values());
		AnnotationAwareOrderComparator.sort(runners);
		for (ApplicationRunner runner : runners) {
			try {
				runner.run(new DefaultApplicationArguments());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

}
