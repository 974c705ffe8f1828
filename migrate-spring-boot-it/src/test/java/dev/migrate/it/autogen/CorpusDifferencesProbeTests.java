package dev.migrate.it.autogen;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.migrate.core.autogen.ModelComparison;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.spring.autoconfigure.autogenerate.HibernateModelSchema;

class CorpusDifferencesProbeTests {

	@ParameterizedTest
	@EnumSource(AutogenDatabase.class)
	void probe(AutogenDatabase database) throws Exception {
		try (AutogenDatabase.Fresh fresh = database.create(); EntityModels models = new EntityModels(fresh.dataSource())) {
			ModelComparison comparison = new ModelComparison(fresh.dataSource());
			SchemaCatalog before = comparison.model(HibernateModelSchema.of(List.of(models.bootstrap(AutogenerateCorpusTests.BEFORE))));
			SchemaCatalog after = comparison.model(HibernateModelSchema.of(List.of(models.bootstrap(AutogenerateCorpusTests.AFTER))));
			CatalogDiff diff = CatalogDiff.between(after, before);
			diff.differences().forEach((d) -> System.out.println(database + " " + d.phase() + " " + d.describe()));
			System.out.println(database + " self: " + CatalogDiff.between(after, after).differences());
		}
	}

}
