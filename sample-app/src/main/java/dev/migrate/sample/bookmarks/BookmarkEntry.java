package dev.migrate.sample.bookmarks;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/**
 * A bookmark as a JPA entity, over the table the revisions build (the REST API reads the same
 * rows with Spring JDBC). Its mapping matches the schema column for column, default included, so
 * {@code spring.jpa.hibernate.ddl-auto=validate} accepts it and {@code revision --autogenerate}
 * finds nothing to write (the index on titles is revision 8b9c0d1e2f08's, built concurrently on
 * PostgreSQL) (README: "Autogenerate a revision from an entity change").
 */
@Entity
@Table(name = "bookmarks", indexes = @Index(name = "bookmarks_title", columnList = "title"))
public class BookmarkEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(length = 2000)
	private String link;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 100)
	private String owner;

	@Column(name = "created_at", nullable = false, insertable = false, updatable = false)
	@ColumnDefault("CURRENT_TIMESTAMP")
	private LocalDateTime createdAt;

	protected BookmarkEntry() {
	}

	public BookmarkEntry(String link, String title, String owner) {
		this.link = link;
		this.title = title;
		this.owner = owner;
	}

	public Long getId() {
		return this.id;
	}

	public String getLink() {
		return this.link;
	}

	public String getTitle() {
		return this.title;
	}

	public String getOwner() {
		return this.owner;
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
