package dev.migrate.kit.jpa.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "people")
public class Person {

	@Id
	private Integer id;

	@Column(length = 50, nullable = false)
	private String name;

	@Column(length = 100)
	private String email;

	protected Person() {
	}

}
