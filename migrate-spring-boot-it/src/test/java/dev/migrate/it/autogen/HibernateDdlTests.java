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

class HibernateDdlTests {

	@ParameterizedTest
	@EnumSource(AutogenDatabase.class)
	void hibernatesOwnCreateStatementsForTheDatabasesDialect(AutogenDatabase database) throws Exception {
		try (AutogenDatabase.Fresh fresh = database.create(); EntityModels models = new EntityModels(fresh.dataSource())) {
			HibernateModel model = models.bootstrap(Customer.class, Product.class, PurchaseOrder.class, Invoice.class,
					Tag.class);
			List<String> statements = model.createStatements();
			statements.forEach(s -> System.out.println(database + ": " + s));
			assertThat(statements).anySatisfy((statement) -> assertThat(statement).startsWithIgnoringCase("create table customers"));
		}
	}

}
