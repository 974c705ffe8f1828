package dev.migrate.kit.jpa.extra;

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

	/** Not in any revision: entities-match reports the missing column. */
	@Column(length = 40)
	private String nickname;

	protected Person() {
	}

}
