package dev.migrate.sample.bookmarks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The bookmarks through JPA. */
public interface BookmarkEntries extends JpaRepository<BookmarkEntry, Long> {

	List<BookmarkEntry> findByOwnerOrderById(String owner);

}
