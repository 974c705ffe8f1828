package dev.migrate.it.clinic;

import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

/** Counts the owners at startup, as many applications warm a cache or check their data. */
@Component
public class OwnerCount implements CommandLineRunner {

	private final OwnerRepository owners;

	private volatile Long counted;

	public OwnerCount(OwnerRepository owners) {
		this.owners = owners;
	}

	@Override
	public void run(String... args) {
		this.counted = this.owners.count();
	}

	/** What the runner counted, {@code null} before it ran. */
	public Long counted() {
		return this.counted;
	}

}
