SELECT id FROM bookmarks WHERE title = 'no scheme, mixed case' AND link = 'https://example.com/Docs';
SELECT id FROM bookmarks WHERE owner = 'ada' AND link = 'https://example.org/a?b=c';
