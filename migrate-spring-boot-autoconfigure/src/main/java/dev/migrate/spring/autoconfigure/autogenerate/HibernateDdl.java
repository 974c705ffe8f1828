package dev.migrate.spring.autoconfigure.autogenerate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.boot.Metadata;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Hibernate's own DDL for a mapping model: what {@code ddl-auto=create} would run, taken from
 * Hibernate's schema-creation tool ({@link SchemaManagementTool#getSchemaCreator}) with a script
 * target, one statement at a time, for the dialect Hibernate was bootstrapped with. Nothing of the
 * entities is read here but Hibernate's {@link Metadata}.
 */
public final class HibernateDdl {

	private HibernateDdl() {
	}

	/**
	 * The statements that create the model's tables, sequences, constraints and indexes, in the
	 * order Hibernate runs them; unqualified unless an entity names its schema.
	 *
	 * @param metadata the mapping model
	 * @param registry the service registry the model was built with (its dialect, naming, settings)
	 */
	public static List<String> createStatements(Metadata metadata, ServiceRegistry registry) {
		Objects.requireNonNull(metadata, "metadata");
		SchemaManagementTool tool = registry.requireService(SchemaManagementTool.class);
		Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
		settings.remove(SchemaToolingSettings.HBM2DDL_CREATE_NAMESPACES);
		settings.remove(SchemaToolingSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS);
		settings.put("hibernate.format_sql", false);
		settings.remove(SchemaToolingSettings.HBM2DDL_DELIMITER);
		// An import.sql or a create script of the application is data or hand-written DDL, not the mapping.
		settings.remove("jakarta.persistence.sql-load-script-source");
		settings.remove("hibernate.hbm2ddl.import_files");
		settings.put("hibernate.hbm2ddl.import_files_sql_extractor", null);
		settings.values().removeIf(Objects::isNull);
		ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings,
				ExceptionHandlerHaltImpl.INSTANCE);
		Collector collector = new Collector();
		tool.getSchemaCreator(settings).doCreation(metadata, options, ContributableMatcher.ALL, new MetadataSource(),
				collector);
		return List.copyOf(collector.statements);
	}

	private static final class MetadataSource implements SourceDescriptor {

		@Override
		public SourceType getSourceType() {
			return SourceType.METADATA;
		}

		@Override
		public ScriptSourceInput getScriptSourceInput() {
			return null;
		}

	}

	/** A script target that keeps each statement instead of writing a file. */
	private static final class Collector implements TargetDescriptor, ScriptTargetOutput {

		private final List<String> statements = new ArrayList<>();

		@Override
		public EnumSet<TargetType> getTargetTypes() {
			return EnumSet.of(TargetType.SCRIPT);
		}

		@Override
		public ScriptTargetOutput getScriptTargetOutput() {
			return this;
		}

		@Override
		public void prepare() {
		}

		@Override
		public void accept(String command) {
			String statement = command.strip();
			while (statement.endsWith(";")) {
				statement = statement.substring(0, statement.length() - 1).strip();
			}
			if (!statement.isEmpty()) {
				this.statements.add(statement);
			}
		}

		@Override
		public void release() {
		}

	}

}
