package dev.migrate.core.catalog.scratch;

import java.io.IOException;

import dev.migrate.core.testsupport.DriverManagerDataSource;

/** A JVM that creates a scratch schema, prints its name and waits to be stopped without closing it. */
public final class ScratchHolderProcess {

	private ScratchHolderProcess() {
	}

	public static void main(String[] args) throws IOException {
		ScratchSchema scratch = ScratchSchema.create(new DriverManagerDataSource(args[0], args[1], ""));
		System.out.println(scratch.schema());
		System.out.flush();
		// until the test stops this JVM: the shutdown hook is all that drops the schema
		System.in.read();
	}

}
