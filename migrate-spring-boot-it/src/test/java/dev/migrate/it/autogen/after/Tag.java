package dev.migrate.it.autogen.after;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "tags")
public class Tag {

	@Id
	Long id;

	@Column(length = 30)
	String label;

	@Column(length = 7)
	@ColumnDefault("'#ffffff'")
	String color;

}
