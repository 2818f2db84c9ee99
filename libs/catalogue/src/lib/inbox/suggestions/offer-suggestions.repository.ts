import { Injectable } from '@nestjs/common';
import { queryRow, queryRows, TenancyService } from '@socialkompas/tenancy';
import { Vocabulary } from '../../taxonomy/taxonomy.entity';
import { SuggestionStatus } from './offer-suggestion-view.dto';

export interface NewOfferSuggestion {
  name: string;
  description: string;
  organizationName: string;
  contactName: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  termIds: string[];
  where: string;
  when: string;
}

/** A vocabulary term the sender chose for the suggested offer. */
export interface SuggestedTermRow {
  id: string;
  vocabulary: Vocabulary;
  code: string;
  name: string;
}

/** A suggestion as editors review it (the rows of `VIEW`): what was sent, with its terms looked up. */
export interface OfferSuggestionRow extends Omit<NewOfferSuggestion, 'termIds'> {
  id: string;
  status: SuggestionStatus;
  offerId: string | null;
  rejectionReason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  terms: SuggestedTermRow[];
}

export interface OfferSuggestionTotalRow {
  total: number;
}

export interface OfferSuggestionStatusRow {
  status: SuggestionStatus;
}

const VIEW = `
  SELECT s.id, s.name, s.description, s.organization_name AS "organizationName", s.contact_name AS "contactName",
    s.email, s.phone, s.website, s.where_text AS "where", s.when_text AS "when", s.status, s.offer_id AS "offerId",
    s.rejection_reason AS "rejectionReason", s.decided_by AS "decidedBy", s.decided_at AS "decidedAt",
    s.created_at AS "createdAt",
    COALESCE((
      SELECT json_agg(json_build_object('id', t.id, 'vocabulary', x.code, 'code', t.code, 'name', t.name)
                      ORDER BY x.code, t.position, t.name)
      FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id
      WHERE t.id = ANY (s.term_ids)), '[]') AS terms
  FROM offer_suggestions s`;

/** The suggestions associations send through the public form, in the tenant's schema. */
@Injectable()
export class OfferSuggestionsRepository {
  constructor(private readonly tenancy: TenancyService) {}

  async insert(suggestion: NewOfferSuggestion): Promise<void> {
    await this.tenancy.currentManager().query(
      `INSERT INTO offer_suggestions (name, description, organization_name, contact_name, email, phone, website,
         term_ids, where_text, when_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        suggestion.name,
        suggestion.description,
        suggestion.organizationName,
        suggestion.contactName,
        suggestion.email,
        suggestion.phone,
        suggestion.website,
        suggestion.termIds,
        suggestion.where,
        suggestion.when,
      ],
    );
  }

  /** Oldest first: the one waiting longest is the next to review. */
  async page(query: { state: SuggestionStatus | 'all'; page: number; size: number }) {
    const manager = this.tenancy.currentManager();
    const state = query.state === 'all' ? null : query.state;
    const [items, [{ total }]] = await Promise.all([
      queryRows<OfferSuggestionRow>(
        manager,
        `${VIEW} WHERE ($1::text IS NULL OR s.status = $1) ORDER BY s.created_at, s.id LIMIT $2 OFFSET $3`,
        [state, query.size, (query.page - 1) * query.size],
      ),
      queryRows<OfferSuggestionTotalRow>(
        manager,
        `SELECT count(*)::int AS total FROM offer_suggestions WHERE ($1::text IS NULL OR status = $1)`,
        [state],
      ),
    ]);
    return { items, total, page: query.page, size: query.size };
  }

  async findById(id: string): Promise<OfferSuggestionRow | null> {
    const suggestion = await queryRow<OfferSuggestionRow>(
      this.tenancy.currentManager(),
      `${VIEW} WHERE s.id = $1`,
      [id],
    );
    return suggestion ?? null;
  }

  /** The suggestion's status, locking it so two editors cannot decide it at once; null if there is none. */
  async lockStatus(id: string): Promise<SuggestionStatus | null> {
    const row = await queryRow<OfferSuggestionStatusRow>(
      this.tenancy.currentManager(),
      `SELECT status FROM offer_suggestions WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row?.status ?? null;
  }

  async decide(
    id: string,
    decision: { status: 'accepted'; offerId: string } | { status: 'rejected'; reason: string },
    decidedBy: string,
  ): Promise<void> {
    await this.tenancy.currentManager().query(
      `UPDATE offer_suggestions SET status = $2, offer_id = $3, rejection_reason = $4, decided_by = $5, decided_at = now()
       WHERE id = $1`,
      [
        id,
        decision.status,
        decision.status === 'accepted' ? decision.offerId : null,
        decision.status === 'rejected' ? decision.reason : null,
        decidedBy,
      ],
    );
  }
}
