package dev.migrate.sample.revisions;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.migrate.core.revision.JavaRevision;
import dev.migrate.core.revision.Phase;

/**
 * The "migrate" step of renaming {@code url} to {@code link}: copies every URL into the new column,
 * normalized on the way (scheme added, scheme and host lower-cased), which is why it is code rather
 * than one UPDATE. A Java revision is a Spring bean; the starter puts it in the graph beside the
 * revision files.
 */
@Component
public class CopyUrlsToLinks implements JavaRevision {

	private static final int BATCH = 500;

	@Override
	public String revision() {
		return "6f7a8b9c0d06";
	}

	@Override
	public List<String> downRevisions() {
		return List.of("5e6f7a8b9c05");
	}

	@Override
	public String message() {
		return "migrate - copy normalized urls into link";
	}

	@Override
	public Phase phase() {
		return Phase.MIGRATE;
	}

	@Override
	public String checksum() {
		return "copy-urls-to-links-v1";
	}

	@Override
	public void upgrade(Connection connection) throws Exception {
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("SELECT id, url FROM bookmarks WHERE link IS NULL");
				PreparedStatement update = connection.prepareStatement("UPDATE bookmarks SET link = ? WHERE id = ?")) {
			int pending = 0;
			while (rows.next()) {
				update.setString(1, normalize(rows.getString(2)));
				update.setLong(2, rows.getLong(1));
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}

	@Override
	public void downgrade(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE bookmarks SET link = NULL");
		}
	}

	@Override
	public boolean isReversible() {
		return true;
	}

	static String normalize(String url) {
		String text = url.strip();
		if (!text.contains("://")) {
			text = "https://" + text;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : null;
			return new URI(scheme, uri.getUserInfo(), host, uri.getPort(), uri.getPath(), uri.getQuery(),
					uri.getFragment()).toString();
		}
		catch (URISyntaxException | NullPointerException ex) {
			return text;
		}
	}

}
