INSERT INTO people (id, name, email) VALUES (1, 'Ada', 'ada@example.com');
INSERT INTO people (id, name) VALUES (2, 'Grace');
