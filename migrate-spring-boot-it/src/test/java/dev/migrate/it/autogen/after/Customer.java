package dev.migrate.it.autogen.after;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** The corpus's "after" model: each change against the "before" one is listed in {@code AutogenerateCorpus}. */
@Entity
@Table(name = "customers")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, length = 150)
	String name;

	@Column(nullable = false, length = 200)
	String email;

	Long age;

	@Column(length = 20)
	String phone;

	@Column(nullable = false)
	@ColumnDefault("true")
	Boolean active;

	@Column(length = 20)
	String code;

	@Column(precision = 10, scale = 3)
	BigDecimal score;

	@Column(nullable = false, length = 20)
	@ColumnDefault("'active'")
	String status;

}
