package dev.migrate.core.rolling;

import java.net.InetAddress;
import java.util.UUID;

/** Names an instance: its host (the pod's name on Kubernetes, from {@code HOSTNAME}), pid and a random suffix. */
final class InstanceIds {

	private InstanceIds() {
	}

	static String generate() {
		String host = host();
		host = (host.length() > 80) ? host.substring(0, 80) : host;
		return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String host() {
		String host = System.getenv("HOSTNAME");
		if (host == null || host.isBlank()) {
			try {
				host = InetAddress.getLocalHost().getHostName();
			}
			catch (Exception ex) {
				host = "unknown-host";
			}
		}
		return (host.length() > 255) ? host.substring(0, 255) : host;
	}

}
