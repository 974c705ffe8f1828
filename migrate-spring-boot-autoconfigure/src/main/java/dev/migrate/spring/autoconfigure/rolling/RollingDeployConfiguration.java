package dev.migrate.spring.autoconfigure.rolling;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.rolling.ContractHolding;
import dev.migrate.core.rolling.ContractMode;
import dev.migrate.core.rolling.InstanceRegistry;
import dev.migrate.core.rolling.RollingDeploy;
import dev.migrate.spring.autoconfigure.MigrateProperties;
import dev.migrate.spring.autoconfigure.MigrateStartupCheck;

/**
 * {@code migrate.contract=auto|manual}: the application registers in the instance table while it
 * runs, and its migrator holds contract revisions back ({@link #holding}). Absent in command mode,
 * where the command applies what it is told.
 */
@Configuration(proxyBeanMethods = false)
@Conditional({ RollingDeployConfiguration.NotCommandMode.class, RollingDeployConfiguration.ContractWaits.class })
public class RollingDeployConfiguration {

	/** The application's migrator, holding what {@code migrate.contract} holds. */
	public static Migrator holding(Migrator migrator, ContractMode mode) {
		if (mode == null || mode == ContractMode.STARTUP) {
			return migrator;
		}
		return migrator.withHolding(new ContractHolding(migrator.graph(), mode, InstanceRegistry.of(migrator)::live));
	}

	@Bean
	@ConditionalOnMissingBean
	RollingDeploy migrateRollingDeploy(Migrator migrator, MigrateProperties properties) {
		return new RollingDeploy(migrator, InstanceRegistry.of(migrator), properties.getContract(),
				properties.getInstances().getHeartbeat(), null, properties.getTarget(), properties.isRunOnReady());
	}

	@Bean
	@ConditionalOnMissingBean
	RollingDeployLifecycle migrateRollingDeployLifecycle(RollingDeploy deploy, ObjectProvider<MigrateStartupCheck> check) {
		return new RollingDeployLifecycle(deploy, check.getIfAvailable() != null);
	}

	/** {@code migrate.command} is not set. */
	static final class NotCommandMode extends NoneNestedConditions {

		NotCommandMode() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty("migrate.command")
		private static final class CommandSet {

		}

	}

	/** {@code migrate.contract} is {@code auto} (the default) or {@code manual}. */
	static final class ContractWaits extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String value = context.getEnvironment().getProperty("migrate.contract", "auto");
			boolean startup = value.trim().equalsIgnoreCase("startup");
			return new ConditionOutcome(!startup, "migrate.contract is " + value);
		}

	}

}
