package dev.migrate.it.commandmode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity over the table the revisions create, validated by Hibernate when the application starts. */
@Entity
@Table(name = "owners")
public class Owner {

	@Id
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	protected Owner() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
