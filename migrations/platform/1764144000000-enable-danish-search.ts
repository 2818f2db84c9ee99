import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Database-wide search building blocks, shared by every tenant schema through the `public` entry
 * of their search_path: `unaccent` and `pg_trgm`, a Danish text search configuration that strips
 * accents before stemming (for snippets), and `fold_text`, the one normal form that indexed text
 * and typed queries are both brought into before they are compared. Folding lowers case after
 * removing accents (Æ → ae), so it also works where the database's ctype is plain `C` and
 * `lower('Æ')` would stay upper case. Immutable, so it can be used in index expressions.
 * Created here, under the migration lock, because extensions cannot be created by four tenant
 * migrations at once.
 */
export class EnableDanishSearch1764144000000 implements MigrationInterface {
  name = 'EnableDanishSearch1764144000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    await queryRunner.query(
      'CREATE TEXT SEARCH CONFIGURATION public.danish_unaccent (COPY = pg_catalog.danish)',
    );
    await queryRunner.query(`
      ALTER TEXT SEARCH CONFIGURATION public.danish_unaccent
        ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, danish_stem`);
    await queryRunner.query(`
      CREATE FUNCTION public.fold_text(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION public.fold_text(text)');
    await queryRunner.query('DROP TEXT SEARCH CONFIGURATION public.danish_unaccent');
  }
}
