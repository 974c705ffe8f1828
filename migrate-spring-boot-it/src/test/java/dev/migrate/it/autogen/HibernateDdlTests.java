package dev.migrate.it.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.migrate.it.autogen.after.Customer;
import dev.migrate.it.autogen.after.Invoice;
import dev.migrate.it.autogen.after.Product;
import dev.migrate.it.autogen.after.PurchaseOrder;
import dev.migrate.it.autogen.after.Tag;
import dev.migrate.spring.autoconfigure.autogenerate.HibernateModel;

/** Hibernate's own create DDL for a model, per dialect, one statement at a time. */
class HibernateDdlTests {

	@ParameterizedTest
	@EnumSource(AutogenDatabase.class)
	void hibernatesOwnCreateStatementsForTheDatabasesDialect(AutogenDatabase database) throws Exception {
		try (AutogenDatabase.Fresh fresh = database.create(); EntityModels models = new EntityModels(fresh.dataSource())) {
			HibernateModel model = models.bootstrap(Customer.class, Product.class, PurchaseOrder.class, Invoice.class,
					Tag.class);
			List<String> statements = model.createStatements();
			assertThat(statements).first().asString().startsWith("create table customers (id bigint ");
			assertThat(statements).noneSatisfy((statement) -> assertThat(statement).endsWith(";"));
			String products = statements.stream().filter((s) -> s.startsWith("create table products")).findFirst().orElseThrow();
			switch (database) {
				case POSTGRESQL -> assertThat(products).contains("payload bytea").contains("reference uuid");
				case MARIADB -> assertThat(products).contains("payload varbinary(100)").endsWith("engine=InnoDB");
				case H2 -> assertThat(products).contains("payload varbinary(100)").contains("size varchar(10) check");
			}
			assertThat(statements).anySatisfy((statement) -> assertThat(statement)
				.contains("foreign key (customer_id) references customers").endsWith("on delete cascade"));
		}
	}

}
