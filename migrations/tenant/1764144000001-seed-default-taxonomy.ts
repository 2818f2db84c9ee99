import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_VOCABULARIES, KNOWN_DISTRICTS, TermSeed, VocabularyCode } from './data/default-taxonomy';

const DISTRICT_VOCABULARY = {
  code: 'district' as VocabularyCode,
  name: 'Bydel',
  description: 'Lokalområder i kommunen, hver med sine postnumre.',
};

/**
 * Seeds the Danish default vocabularies into the tenant schema, and the municipality's districts
 * where we know them. The schema name tells which municipality this is (`t_<slug>`).
 */
export class SeedDefaultTaxonomy1764144000001 implements MigrationInterface {
  name = 'SeedDefaultTaxonomy1764144000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = (await queryRunner.query('SELECT current_schema() AS schema')) as {
      schema: string;
    }[];
    const districts = KNOWN_DISTRICTS[schema.replace(/^t_/, '')] ?? [];
    for (const vocabulary of [...DEFAULT_VOCABULARIES, { ...DISTRICT_VOCABULARY, terms: districts }]) {
      const [{ id }] = (await queryRunner.query(
        'INSERT INTO taxonomies (code, name, description) VALUES ($1, $2, $3) RETURNING id',
        [vocabulary.code, vocabulary.name, vocabulary.description],
      )) as { id: string }[];
      await insertTerms(queryRunner, id, vocabulary.terms);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM taxonomy_terms');
    await queryRunner.query('DELETE FROM taxonomies');
  }
}

async function insertTerms(queryRunner: QueryRunner, taxonomyId: string, terms: TermSeed[]): Promise<void> {
  if (terms.length === 0) return;
  await queryRunner.query(
    `INSERT INTO taxonomy_terms (taxonomy_id, code, name, synonyms, minimum_age, maximum_age, postcodes, position)
     SELECT $1, term.code, term.name, term.synonyms, term."minAge", term."maxAge", term.postcodes, term.position
     FROM jsonb_to_recordset($2::jsonb) AS term(
       code text, name text, synonyms text[], "minAge" integer, "maxAge" integer, postcodes text[], position integer)`,
    [
      taxonomyId,
      JSON.stringify(terms.map((term, position) => ({ ...term, postcodes: term.postcodes ?? [], position }))),
    ],
  );
}
