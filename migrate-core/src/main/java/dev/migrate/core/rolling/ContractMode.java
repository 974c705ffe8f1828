package dev.migrate.core.rolling;

import java.util.Locale;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/** When contract revisions ({@code phase: contract}) and what descends from them are applied. */
public enum ContractMode {

	/** By a running instance, as soon as no live instance runs code that lacks them. */
	AUTO,

	/** At startup, like any other revision. */
	STARTUP,

	/** Never by the application: the command line, command mode or the write endpoint applies them. */
	MANUAL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ContractMode parse(String value) {
		for (ContractMode mode : values()) {
			if (mode.key().equalsIgnoreCase(value.trim())) {
				return mode;
			}
		}
		throw new MigrateException(ErrorCode.USAGE,
				"migrate.contract is '" + value + "'; use auto, startup or manual.");
	}

}
