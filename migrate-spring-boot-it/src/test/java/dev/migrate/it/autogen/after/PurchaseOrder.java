package dev.migrate.it.autogen.after;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "orders", indexes = { @Index(name = "orders_customer_status_idx", columnList = "customer_id, status"),
		@Index(name = "orders_reference_idx", columnList = "reference", unique = true) })
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id", nullable = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	Customer customer;

	@Column(length = 20)
	String status;

	@Column(precision = 10, scale = 2)
	BigDecimal total;

	@Column(nullable = false)
	@ColumnDefault("1")
	@Check(constraints = "quantity > 0")
	Integer quantity;

	@Column(length = 40)
	String reference;

}
