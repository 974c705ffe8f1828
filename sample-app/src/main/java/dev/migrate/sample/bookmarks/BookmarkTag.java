package dev.migrate.sample.bookmarks;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A tag of a bookmark, over the {@code tags} table of the {@code tags} branch: its key is the
 * bookmark and the tag, and its rows go with their bookmark ({@code ON DELETE CASCADE}). Mapped so
 * that the entities describe the whole schema the revisions build: autogenerate would otherwise
 * propose to drop the table.
 */
@Entity
@Table(name = "tags")
@IdClass(BookmarkTag.Key.class)
public class BookmarkTag {

	@Id
	@ManyToOne(optional = false)
	@JoinColumn(name = "bookmark_id", nullable = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	private BookmarkEntry bookmark;

	@Id
	@Column(nullable = false, length = 50)
	private String tag;

	protected BookmarkTag() {
	}

	public BookmarkTag(BookmarkEntry bookmark, String tag) {
		this.bookmark = bookmark;
		this.tag = tag;
	}

	public BookmarkEntry getBookmark() {
		return this.bookmark;
	}

	public String getTag() {
		return this.tag;
	}

	/** The key: the bookmark's id and the tag. */
	public static class Key implements Serializable {

		private Long bookmark;

		private String tag;

		protected Key() {
		}

		public Key(Long bookmark, String tag) {
			this.bookmark = bookmark;
			this.tag = tag;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.bookmark, key.bookmark)
					&& Objects.equals(this.tag, key.tag);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.bookmark, this.tag);
		}

	}

}
