package dev.migrate.it.autogen.before;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "tags")
public class Tag {

	@Id
	Long id;

	@Column(nullable = false, length = 30, unique = true)
	String label;

}
