package dev.migrate.spring.autoconfigure.scheduling;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;

import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateTrafficGate;

/**
 * The task schedulers that Spring Boot builds for {@code @Scheduled} hold each execution until this
 * process's upgrade has succeeded. A scheduler the application builds itself is left alone.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ThreadPoolTaskSchedulerCustomizer.class)
@ConditionalOnBean(MigrateTrafficGate.class)
public final class MigrateSchedulingAutoConfiguration {

	@Bean
	ThreadPoolTaskSchedulerCustomizer migrateThreadPoolTaskSchedulerCustomizer(MigrateTrafficGate gate) {
		return (scheduler) -> scheduler.setTaskDecorator(new AwaitUpgradeTaskDecorator(gate));
	}

	@Bean
	SimpleAsyncTaskSchedulerCustomizer migrateSimpleAsyncTaskSchedulerCustomizer(MigrateTrafficGate gate) {
		return (scheduler) -> scheduler.setTaskDecorator(new AwaitUpgradeTaskDecorator(gate));
	}

}
