package dev.migrate.it.autogen.before;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Only in the "before" model: the "after" model drops its table. */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

	@Id
	Long id;

	@Column(length = 500)
	String message;

	@Column(nullable = false)
	LocalDateTime createdAt;

}
