package dev.migrate.it.autogen.before;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** The corpus's "before" model: see {@code AutogenerateCorpus} for what changes in the "after" one. */
@Entity
@Table(name = "customers")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, length = 100)
	String name;

	@Column(length = 200)
	String email;

	Integer age;

	@Column(length = 50)
	String nickname;

	@Column(length = 20)
	String legacyCode;

	@Column(precision = 8, scale = 2)
	BigDecimal score;

	@Column(nullable = false, length = 20)
	@ColumnDefault("'new'")
	String status;

}
