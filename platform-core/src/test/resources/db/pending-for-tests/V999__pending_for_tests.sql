-- A migration no database has applied, for SchemaMigrationsIT: validation must refuse to start on it.
select 1;
