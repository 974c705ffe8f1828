package dev.migrate.it.autogen.before;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "products")
public class Product {

	@Id
	Long id;

	@Column(nullable = false, length = 200)
	String title;

	@Column(nullable = false, length = 40)
	String sku;

	@Column(precision = 10, scale = 2)
	BigDecimal price;

	@Column(length = 1000)
	String description;

	Double weight;

}
