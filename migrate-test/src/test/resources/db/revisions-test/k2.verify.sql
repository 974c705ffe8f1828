SELECT id FROM people WHERE name = 'Ada' AND email = 'ada@example.com' AND phone IS NULL;
