package dev.migrate.it.autogen.after;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "products")
public class Product {

	@Id
	Long id;

	@Column(nullable = false, length = 100)
	String title;

	@Column(nullable = false, length = 40, unique = true)
	String sku;

	@Column(precision = 12, scale = 2)
	BigDecimal price;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	String description;

	Float weight;

	Short qtySmall;

	Integer qtyInt;

	Long qtyBig;

	Boolean flag;

	Double ratio;

	@Column(precision = 19, scale = 4)
	BigDecimal amount;

	LocalDate bornOn;

	LocalTime opensAt;

	LocalDateTime seenAt;

	OffsetDateTime seenAtZone;

	UUID reference;

	@Column(length = 100)
	byte[] payload;

	// As a varchar with the check Hibernate adds for the names; H2's and MariaDB's native enum type
	// (Hibernate's default there) is not read with its values by the catalog on H2.
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 10)
	Size size;

	/** Stored by name. */
	public enum Size {
		SMALL, LARGE
	}

}
