-- Rows as the previous release wrote them: url only. The Java revision must copy them into link.
INSERT INTO bookmarks (url, title) VALUES ('Example.COM/Docs', 'no scheme, mixed case');
INSERT INTO bookmarks (url, title, owner) VALUES ('https://example.org/a?b=c', 'already normal', 'ada');
