import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditLog, changedFields } from '@socialkompas/auth';
import { badField } from '@socialkompas/http';

import { updateIfVersion } from '../core/lifecycle/versioned-update';
import { SearchIndex } from '../core/search-index';
import { TermFieldsDto, UpdateTermDto } from './dto/term-fields.dto';
import { termCodeFrom } from './term-code';
import { TaxonomyRepository } from './taxonomy.repository';
import { termView, TermView, VocabularyList } from './taxonomy-view';
import { Vocabulary } from './taxonomy.entity';

/** Vocabularies editors may extend; age groups are fixed ranges the search relies on. */
export const EDITABLE_VOCABULARIES: readonly Vocabulary[] = [
  'challenge',
  'target_group',
  'activity',
  'district',
];

@Injectable()
export class TaxonomyService {
  constructor(
    private readonly taxonomy: TaxonomyRepository,
    private readonly searchIndex: SearchIndex,
    private readonly auditLog: AuditLog,
  ) {}

  async all(): Promise<VocabularyList> {
    const vocabularies = await this.taxonomy.all();
    return {
      items: vocabularies.map(({ terms, ...vocabulary }) => ({
        ...vocabulary,
        terms: terms.map((term) => termView(term)),
      })),
    };
  }

  async addTerm(vocabularyCode: Vocabulary, fields: TermFieldsDto, actor: Actor): Promise<TermView> {
    if (!EDITABLE_VOCABULARIES.includes(vocabularyCode)) {
      throw badField('vocabulary', `Der kan tilføjes emneord til ${EDITABLE_VOCABULARIES.join(', ')}.`);
    }
    const vocabulary = await this.taxonomy.findVocabulary(vocabularyCode);
    if (!vocabulary) throw badField('vocabulary', `Ordlisten ${vocabularyCode} findes ikke.`);
    checkPostcodes(vocabularyCode, fields.postcodes);
    const code = fields.code ?? termCodeFrom(fields.name);
    if (!code) throw badField('code', 'Angiv en code med bogstaver a-z eller tal.');
    if (await this.taxonomy.terms.findOneBy({ taxonomyId: vocabulary.id, code })) {
      throw new ConflictException({
        title: 'Emneordet findes allerede',
        detail: `${vocabularyCode} har allerede et emneord med koden ${code}.`,
        errors: [{ field: 'code', message: `Koden ${code} er i brug.` }],
      });
    }
    const position = await this.taxonomy.terms.countBy({ taxonomyId: vocabulary.id });
    const term = await this.taxonomy.terms.save(
      this.taxonomy.terms.create({ ...fields, code, taxonomyId: vocabulary.id, position }),
    );
    await this.searchIndex.refreshOffersInPostcodes(term.postcodes);
    const view = termView(term);
    await this.record(view, 'create', actor, { ...view });
    return view;
  }

  async updateTerm(id: string, { version, ...changes }: UpdateTermDto, actor: Actor): Promise<TermView> {
    const before = await this.taxonomy.terms.findOne({ where: { id }, relations: { taxonomy: true } });
    if (!before?.taxonomy) {
      throw new NotFoundException({
        title: 'Emneordet findes ikke',
        detail: `Der er intet emneord med id ${id}.`,
      });
    }
    checkPostcodes(before.taxonomy.code, changes.postcodes);
    if (!(await updateIfVersion(this.taxonomy.terms, id, version, changes))) {
      throw new ConflictException({
        title: 'Emneordet er ændret af en anden',
        detail: `Du redigerede version ${version}, men version ${before.version} er gemt i mellemtiden.`,
        current: termView(before),
      });
    }
    const after = await this.taxonomy.terms.findOneByOrFail({ id });
    await this.searchIndex.refreshOffersWithTerm(id);
    if (changes.postcodes)
      await this.searchIndex.refreshOffersInPostcodes([...before.postcodes, ...after.postcodes]);
    await this.record(after, 'update', actor, changedFields(termView(before), termView(after)));
    return termView(after);
  }

  private record(
    entity: { id: string; name: string },
    action: string,
    actor: Actor,
    changes: Record<string, unknown>,
  ) {
    return this.auditLog.recordAbout('taxonomy_term', entity, action, actor, changes);
  }
}

function checkPostcodes(vocabulary: Vocabulary, postcodes: string[] | undefined): void {
  if (postcodes?.length && vocabulary !== 'district') {
    throw badField('postcodes', 'Kun bydele har postnumre.');
  }
}
