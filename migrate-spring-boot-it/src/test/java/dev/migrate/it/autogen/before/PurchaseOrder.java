package dev.migrate.it.autogen.before;

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

@Entity
@Table(name = "orders", indexes = @Index(name = "orders_status_idx", columnList = "status"))
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id", nullable = false)
	Customer customer;

	@Column(length = 20)
	String status;

	@Column(precision = 10, scale = 2)
	BigDecimal total;

}
