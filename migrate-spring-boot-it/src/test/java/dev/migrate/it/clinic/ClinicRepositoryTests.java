package dev.migrate.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** The application's JPA slice test, as its authors write it: no migrate-specific annotation. */
@DataJpaTest
class ClinicRepositoryTests {

	@Autowired
	private OwnerRepository owners;

	@Autowired
	private HeartbeatRepository heartbeats;

	@Test
	void findsTheOwnersTheRevisionsSeeded() {
		assertThat(this.owners.count()).isEqualTo(2);
		assertThat(this.owners.findByNameStartingWith("Betty")).extracting(Owner::getName).containsExactly("Betty Davis");
	}

	@Test
	void savesAHeartbeat() {
		this.heartbeats.saveAndFlush(new Heartbeat(42));
		assertThat(this.heartbeats.findAll()).extracting(Heartbeat::getBeatAt).containsExactly(42L);
	}

}
