package dev.migrate.core.engine;

import java.net.ServerSocket;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

/** H2 in server mode, so that the second process of the fleet test shares the in-memory database. */
class H2FleetTest extends FleetContractTest {

	private Server server;

	private H2Fixture fixture;

	@Override
	protected DatabaseFixture createDatabase() {
		try (ServerSocket socket = new ServerSocket(0)) {
			int port = socket.getLocalPort();
			socket.close();
			this.server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-tcpAllowOthers").start();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start an H2 TCP server", ex);
		}
		this.fixture = new H2Fixture();
		return this.fixture;
	}

	@Override
	protected String url() {
		String name = this.fixture.jdbcUrl().substring("jdbc:h2:mem:".length()).split(";")[0];
		return "jdbc:h2:tcp://127.0.0.1:" + this.server.getPort() + "/mem:" + name;
	}

	@Override
	protected String user() {
		return "sa";
	}

	@Override
	protected String pause() {
		return "CREATE ALIAS IF NOT EXISTS SLEEP FOR 'java.lang.Thread.sleep';\nCALL SLEEP(100);";
	}

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.stop();
		}
	}

}
