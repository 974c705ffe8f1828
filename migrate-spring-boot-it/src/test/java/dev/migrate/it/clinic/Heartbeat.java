package dev.migrate.it.clinic;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row the scheduled job writes. Ids and times are portable types, so one revision set serves every database. */
@Entity
@Table(name = "heartbeats")
public class Heartbeat {

	@Id
	@Column(length = 36)
	private String id = UUID.randomUUID().toString();

	@Column(name = "beat_at", nullable = false)
	private long beatAt;

	protected Heartbeat() {
	}

	public Heartbeat(long beatAt) {
		this.beatAt = beatAt;
	}

	public long getBeatAt() {
		return this.beatAt;
	}

}
