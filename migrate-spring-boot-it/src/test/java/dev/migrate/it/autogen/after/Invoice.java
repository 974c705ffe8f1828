package dev.migrate.it.autogen.after;

import java.math.BigDecimal;
import java.time.LocalDate;

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
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Only in the "after" model: a new table with a foreign key, a unique column, an index and a check. */
@Entity
@Table(name = "invoices", indexes = @Index(name = "invoices_issued_on_idx", columnList = "issued_on"))
@Check(constraints = "amount >= 0")
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "order_id", nullable = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	PurchaseOrder purchaseOrder;

	@Column(nullable = false, length = 30, unique = true)
	String number;

	@Column(nullable = false)
	LocalDate issuedOn;

	@Column(nullable = false, precision = 12, scale = 2)
	BigDecimal amount;

}
