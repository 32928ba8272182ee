-- Test only (DatabaseMigrationTest): a migration that fails half way, after changing the schema.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
