package dev.migrate.it.commandmode;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * An application as users write them: JPA entities validated at startup
 * ({@code ddl-auto=validate}), a runner and a scheduled job that read the schema, and a web
 * server. On a fresh database, all three would fail if anything ran before the schema exists.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableScheduling
public class OwnersApplication {

	@Bean
	CommandLineRunner countOwners(OwnerRepository owners, Probe probe) {
		return (args) -> {
			probe.runnerCalls.incrementAndGet();
			probe.ownersCounted = owners.count();
		};
	}

	@Bean
	OwnersJob ownersJob(OwnerRepository owners, Probe probe) {
		return new OwnersJob(owners, probe);
	}

	static class OwnersJob {

		private final OwnerRepository owners;

		private final Probe probe;

		OwnersJob(OwnerRepository owners, Probe probe) {
			this.owners = owners;
			this.probe = probe;
		}

		@Scheduled(fixedDelay = 10)
		void countOwners() {
			this.probe.jobCalls.incrementAndGet();
			this.owners.count();
		}

	}

}
