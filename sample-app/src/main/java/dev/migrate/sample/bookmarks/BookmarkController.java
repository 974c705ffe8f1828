package dev.migrate.sample.bookmarks;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A small REST API over the bookmarks. */
@RestController
@RequestMapping("/bookmarks")
public class BookmarkController {

	private final BookmarkRepository repository;

	public BookmarkController(BookmarkRepository repository) {
		this.repository = repository;
	}

	/** What a client sends to save a bookmark. */
	public record NewBookmark(String link, String title, String owner) {
	}

	@GetMapping
	public List<Bookmark> all() {
		return this.repository.findAll();
	}

	@GetMapping("/{id}")
	public ResponseEntity<Bookmark> one(@PathVariable long id) {
		return ResponseEntity.of(this.repository.findById(id));
	}

	@PostMapping
	public ResponseEntity<Bookmark> create(@RequestBody NewBookmark bookmark) {
		if (bookmark.link() == null || bookmark.link().isBlank() || bookmark.title() == null) {
			return ResponseEntity.badRequest().build();
		}
		long id = this.repository.create(bookmark.link(), bookmark.title(), bookmark.owner());
		return ResponseEntity.created(URI.create("/bookmarks/" + id)).body(this.repository.findById(id).orElseThrow());
	}

	@DeleteMapping("/{id}")
	public ResponseEntity<Void> delete(@PathVariable long id) {
		return this.repository.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	@GetMapping("/{id}/tags")
	public List<String> tags(@PathVariable long id) {
		return this.repository.tags(id);
	}

	@PutMapping("/{id}/tags/{tag}")
	public ResponseEntity<Void> tag(@PathVariable long id, @PathVariable String tag) {
		if (this.repository.findById(id).isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		this.repository.tag(id, tag);
		return ResponseEntity.noContent().build();
	}

}
