package dev.migrate.it.autogen.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Its {@code nickname} is what the revisions do not have yet. */
@Entity
@Table(name = "pets")
public class Pet {

	@Id
	Long id;

	@Column(nullable = false, length = 100)
	String name;

	@Column(length = 40)
	String nickname;

}
