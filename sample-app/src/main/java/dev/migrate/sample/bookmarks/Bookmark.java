package dev.migrate.sample.bookmarks;

import java.time.LocalDateTime;

/** A saved link. */
public record Bookmark(Long id, String link, String title, String owner, LocalDateTime createdAt) {
}
