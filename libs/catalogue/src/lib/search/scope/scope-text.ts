import { Injectable } from '@nestjs/common';
import { PublishedReadPath, Tenant } from '@socialkompas/tenancy';
import {
  MatchedWord,
  matchTextSelect,
  matchWordsSelect,
  TextMatchRow,
} from '../query/offer-search.repository';
import { CORRECTION_SIMILARITY, knownText, TextSearch, tsqueryOf } from '../query/search-criteria';
import { SearchSnapshot } from '../query/search-snapshot';
import { SearchSnapshots } from '../query/search-snapshots';
import type { TextMatches } from '../query/snapshot-search';

/** A member to match a text in: its registry row and the snapshot its ordinals refer to. */
export interface TextMember {
  tenant: Pick<Tenant, 'id' | 'slug'>;
  snapshot: SearchSnapshot;
}

/**
 * The text part of a scope search for every member at once: what this process already knows
 * from memory, and the rest in two statements through the read path whatever the number of
 * members (each member's word list first, as its corrections make its own tsquery, then each
 * member's matches). What PostgreSQL answers is kept as a one-tenant search would keep it.
 */
@Injectable()
export class ScopeText {
  constructor(
    private readonly readPath: PublishedReadPath,
    private readonly snapshots: SearchSnapshots,
  ) {}

  async search(members: TextMember[], words: string[]): Promise<TextSearch[]> {
    const known = members.map(({ snapshot }) => knownText(this.snapshots, snapshot, words));
    const unknown = members.filter((_member, index) => known[index] === undefined);
    if (unknown.length === 0) return known as TextSearch[];
    const matchedWords = await this.matchWords(unknown, words);
    const tsqueries = new Map(unknown.map((member) => [member, tsqueryOf(matchedWords.get(member) ?? [])]));
    const toMatch = unknown.filter((member) => {
      const tsquery = tsqueries.get(member);
      return tsquery && this.snapshots.knownTextMatches(member.snapshot, tsquery) === undefined;
    });
    const matched = await this.matchText(
      toMatch,
      toMatch.map((member) => tsqueries.get(member) ?? ''),
    );
    return members.map((member, index) => {
      const tsquery = tsqueries.get(member) ?? null;
      if (!tsquery) return known[index] ?? { tsquery, matches: null };
      const matches = matched.has(member)
        ? (matched.get(member) ?? null)
        : (this.snapshots.knownTextMatches(member.snapshot, tsquery) ?? null);
      return { tsquery, matches };
    });
  }

  /** The words' matches in each member's word list, those not known yet in one statement. */
  private async matchWords(members: TextMember[], words: string[]): Promise<Map<TextMember, MatchedWord[]>> {
    const matched = new Map<TextMember, MatchedWord[]>();
    const asking: TextMember[] = [];
    for (const member of members) {
      const known = this.snapshots.knownWordMatches(member.snapshot, words, CORRECTION_SIMILARITY);
      if (known) matched.set(member, known);
      else asking.push(member);
    }
    const rows = await this.readPath.unionAll<MatchedWord & { position: string }>(
      asking.map(({ tenant }) => tenant),
      (schema) => matchWordsSelect((table) => `${schema}.${table}`, '$1', '$2'),
      [words, CORRECTION_SIMILARITY],
    );
    const byMember = rowsByMember(rows);
    asking.forEach((member, position) => {
      const own = (byMember.get(position) ?? [])
        .sort((a, b) => Number(a.position) - Number(b.position))
        .map(({ word, known, corrections }) => ({ word, known, corrections }));
      this.snapshots.rememberWordMatches(member.snapshot, words, CORRECTION_SIMILARITY, own);
      matched.set(member, own);
    });
    return matched;
  }

  /** Each member's matches of its own tsquery, in one statement. */
  private async matchText(
    members: TextMember[],
    tsqueries: string[],
  ): Promise<Map<TextMember, TextMatches | null>> {
    const rows = await this.readPath.unionAll<TextMatchRow>(
      members.map(({ tenant }) => tenant),
      (schema, position) => matchTextSelect((table) => `${schema}.${table}`, `$${position + 1}`, 'public'),
      tsqueries,
    );
    const byMember = rowsByMember(rows);
    return new Map(
      members.map((member, position) => [
        member,
        this.snapshots.rememberTextMatches(
          member.snapshot,
          tsqueries[position],
          byMember.get(position) ?? [],
        ),
      ]),
    );
  }
}

/** The rows of a UNION ALL through the read path, by the position of their member. */
function rowsByMember<Row extends { member: number }>(rows: Row[]): Map<number, Row[]> {
  const byMember = new Map<number, Row[]>();
  for (const row of rows) {
    const own = byMember.get(row.member);
    if (own) own.push(row);
    else byMember.set(row.member, [row]);
  }
  return byMember;
}
