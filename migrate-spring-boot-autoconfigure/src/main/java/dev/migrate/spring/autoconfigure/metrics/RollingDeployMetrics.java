package dev.migrate.spring.autoconfigure.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.migrate.core.rolling.ContractDecision;
import dev.migrate.core.rolling.Instance;
import dev.migrate.core.rolling.RollingDeploy;

/**
 * Meters of a rolling deploy, updated on each heartbeat tick: how many revisions are held back, and
 * how many live instances run each code version (tag {@code code_version}: the heads of their code;
 * a deploy has few versions at once, so the series stay few).
 */
public final class RollingDeployMetrics implements MeterBinder {

	/** Gauge: revisions held back until the old version is gone. */
	public static final String HELD = "migrate.contract.held";

	/** Gauge: live instances, tagged {@code code_version}. */
	public static final String INSTANCES = "migrate.instances.live";

	private final RollingDeploy deploy;

	public RollingDeployMetrics(RollingDeploy deploy) {
		this.deploy = Objects.requireNonNull(deploy, "deploy");
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(HELD, this, RollingDeployMetrics::held)
			.description("Revisions held back until no live instance runs code that lacks them")
			.baseUnit("revisions")
			.strongReference(true)
			.register(registry);
		MultiGauge instances = MultiGauge.builder(INSTANCES)
			.description("Live application instances by the heads of their code")
			.baseUnit("instances")
			.register(registry);
		this.deploy.onDecision((decision) -> update(instances, decision));
		ContractDecision last = this.deploy.last();
		if (last != null) {
			update(instances, last);
		}
	}

	private double held() {
		ContractDecision last = this.deploy.last();
		return (last != null) ? last.held().size() : Double.NaN;
	}

	private static void update(MultiGauge gauge, ContractDecision decision) {
		Map<String, Integer> byVersion = new TreeMap<>();
		for (Instance instance : decision.instances()) {
			byVersion.merge(instance.codeVersion(), 1, Integer::sum);
		}
		gauge.register(byVersion.entrySet()
			.stream()
			.map((entry) -> MultiGauge.Row.of(Tags.of("code_version", entry.getKey()), entry.getValue()))
			.toList(), true);
	}

}
