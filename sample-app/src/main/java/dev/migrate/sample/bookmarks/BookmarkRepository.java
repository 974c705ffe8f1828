package dev.migrate.sample.bookmarks;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Bookmarks on Spring JDBC, against the schema the revisions build. */
@Repository
public class BookmarkRepository {

	private final JdbcClient jdbc;

	public BookmarkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Bookmark> findAll() {
		return this.jdbc.sql("SELECT id, link, title, owner, created_at FROM bookmarks ORDER BY id")
			.query(Bookmark.class)
			.list();
	}

	public Optional<Bookmark> findById(long id) {
		return this.jdbc.sql("SELECT id, link, title, owner, created_at FROM bookmarks WHERE id = ?")
			.param(id)
			.query(Bookmark.class)
			.optional();
	}

	public long create(String link, String title, String owner) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO bookmarks (link, title, owner) VALUES (?, ?, ?)")
			.params(link, title, owner)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM bookmarks WHERE id = ?").param(id).update() > 0;
	}

	public List<String> tags(long id) {
		return this.jdbc.sql("SELECT tag FROM tags WHERE bookmark_id = ? ORDER BY tag").param(id).query(String.class).list();
	}

	public void tag(long id, String tag) {
		this.jdbc.sql("INSERT INTO tags (bookmark_id, tag) VALUES (?, ?)").params(id, tag).update();
	}

}
