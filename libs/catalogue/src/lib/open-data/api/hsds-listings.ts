import { BadRequestException } from '@nestjs/common';
import { postcodeArea } from '@socialkompas/denmark';
import { exportedOffer } from '../../interchange/export/catalogue-export.repository';
import { queryWords, tsqueryText } from '../../search/query/text-query';
import type {
  HsdsListQueryDto,
  HsdsServiceAtLocationsQueryDto,
  HsdsServiceFilterDto,
  HsdsTaxonomyTermsQueryDto,
} from './dto/hsds-query.dto';
import type { TableName } from './hsds-reach';
import { SqlParameters } from './sql-parameters';

/**
 * What one list reads in each member: a select of `key` (the record's UUID, or for a service at a
 * location its offer's and place's ids as text: the list's stable order, unique across members, and
 * a UUID key keeps the primary key's index usable) for the rows that pass the filters, and its
 * parameters. Filters combine with AND.
 */
export interface HsdsListing {
  select(table: TableName): string;
  parameters: readonly unknown[];
}

/** The mean radius of the Earth in metres, for distances from a postcode's centre. */
const EARTH_RADIUS_M = 6_371_008.8;

function badParameter(field: string, message: string): BadRequestException {
  return new BadRequestException({
    title: 'Ugyldig forespørgsel',
    detail: message,
    errors: [{ field, message }],
  });
}

/** The words of `search` as a prefix tsquery text, or null when it holds no word. */
function searchQuery(search: string | undefined): string | null {
  return tsqueryText(queryWords(search).map((word) => ({ word, corrections: [] })));
}

/** A name-like column contains the folded search text (for the small lists: organisations, vocabularies). */
function containsText(columns: string[], search: string | undefined, parameters: SqlParameters): string[] {
  const text = search?.trim();
  if (!text) return [];
  const placeholder = parameters.add(text);
  return [
    `(${columns.map((column) => `strpos(fold_text(${column}), fold_text(${placeholder})) > 0`).join(' OR ')})`,
  ];
}

/** The conditions on an exported offer `o` that services and services at locations share. */
function serviceConditions(
  query: HsdsServiceFilterDto,
  parameters: SqlParameters,
): ((table: TableName) => string)[] {
  const conditions: ((table: TableName) => string)[] = [(table) => exportedOffer(table)];
  const tsquery = searchQuery(query.search);
  if (tsquery) {
    const placeholder = parameters.add(tsquery);
    conditions.push(() => `o.search_vector @@ to_tsquery('danish_unaccent', fold_text(${placeholder}))`);
  }
  if (query.taxonomy_term_id) {
    const placeholder = parameters.add(query.taxonomy_term_id);
    conditions.push(
      (table) =>
        `EXISTS (SELECT 1 FROM ${table('offer_terms')} ot WHERE ot.offer_id = o.id AND ot.term_id = ${placeholder}::uuid)`,
    );
  }
  if (query.taxonomy_id) {
    const placeholder = parameters.add(query.taxonomy_id);
    conditions.push(
      (
        table,
      ) => `EXISTS (SELECT 1 FROM ${table('offer_terms')} ot JOIN ${table('taxonomy_terms')} tt ON tt.id = ot.term_id
                  WHERE ot.offer_id = o.id AND tt.taxonomy_id = ${placeholder}::uuid)`,
    );
  }
  if (query.organization_id) {
    const placeholder = parameters.add(query.organization_id);
    conditions.push(() => `o.organization_id = ${placeholder}::uuid`);
  }
  if (query.modified_after) {
    const placeholder = parameters.add(query.modified_after);
    conditions.push(() => `o.hsds_modified_at >= ${placeholder}::timestamptz`);
  }
  return conditions;
}

const where = (conditions: ((table: TableName) => string)[], table: TableName) =>
  conditions.length === 0 ? 'true' : conditions.map((condition) => condition(table)).join(' AND ');

export function servicesListing(query: HsdsServiceFilterDto): HsdsListing {
  const parameters = new SqlParameters();
  const conditions = serviceConditions(query, parameters);
  return {
    select: (table) => `SELECT o.id AS key FROM ${table('offers')} o WHERE ${where(conditions, table)}`,
    parameters: parameters.values,
  };
}

/** The key of a service at a location: the offer's id and the place's, so the list keeps the offers' order. */
export const serviceAtLocationKey = (offerId: string, locationId: string) => `${offerId}:${locationId}`;

export function serviceAtLocationsListing(query: HsdsServiceAtLocationsQueryDto): HsdsListing {
  const parameters = new SqlParameters();
  const conditions = serviceConditions(query, parameters);
  if (query.proximity !== undefined && !query.postcode) {
    throw badParameter('proximity', 'proximity kræver et postcode, som afstanden måles fra.');
  }
  if (query.postcode) {
    const area = postcodeArea(query.postcode);
    if (!area) throw badParameter('postcode', `postcode ${query.postcode} er ikke et postnummer, vi kender.`);
    if (query.proximity === undefined) {
      const placeholder = parameters.add(query.postcode);
      conditions.push(() => `l.postal_code = ${placeholder}`);
    } else {
      const [latitude, longitude, metres] = [
        parameters.add(area.latitude),
        parameters.add(area.longitude),
        parameters.add(query.proximity),
      ];
      conditions.push(
        () => `l.latitude IS NOT NULL AND ${EARTH_RADIUS_M} * 2 * asin(sqrt(
                 power(sin(radians(l.latitude - ${latitude}::float8) / 2), 2)
                 + cos(radians(${latitude}::float8)) * cos(radians(l.latitude))
                   * power(sin(radians(l.longitude - ${longitude}::float8) / 2), 2))) <= ${metres}::float8`,
      );
    }
  }
  return {
    select: (table) =>
      `SELECT o.id::text || ':' || l.id::text AS key
         FROM ${table('offers')} o
         JOIN ${table('offer_locations')} ol ON ol.offer_id = o.id
         JOIN ${table('locations')} l ON l.id = ol.location_id
        WHERE ${where(conditions, table)}`,
    parameters: parameters.values,
  };
}

/** Published organisations (those citizens can see), by name. */
export function organizationsListing(query: HsdsListQueryDto): HsdsListing {
  const parameters = new SqlParameters();
  const text = containsText(['g.name', "coalesce(g.alternate_name, '')"], query.search, parameters);
  return {
    select: (table) =>
      `SELECT g.id AS key FROM ${table('organizations')} g
        WHERE g.status = 'published' ${text.map((condition) => `AND ${condition}`).join(' ')}`,
    parameters: parameters.values,
  };
}

export function taxonomiesListing(query: HsdsListQueryDto): HsdsListing {
  const parameters = new SqlParameters();
  const text = containsText(['x.name', 'x.description'], query.search, parameters);
  return {
    select: (table) =>
      `SELECT x.id AS key FROM ${table('taxonomies')} x WHERE true ${text.map((condition) => `AND ${condition}`).join(' ')}`,
    parameters: parameters.values,
  };
}

/**
 * Terms of the vocabularies. Ours are flat: every term is a top term (`top_only` keeps them all)
 * and none has a parent (`parent_id` finds none).
 */
export function taxonomyTermsListing(query: HsdsTaxonomyTermsQueryDto): HsdsListing {
  const parameters = new SqlParameters();
  const conditions = containsText(['tt.name', "array_to_string(tt.synonyms, ' ')"], query.search, parameters);
  if (query.taxonomy_id) conditions.push(`tt.taxonomy_id = ${parameters.add(query.taxonomy_id)}::uuid`);
  if (query.parent_id) conditions.push('false');
  return {
    select: (table) =>
      `SELECT tt.id AS key FROM ${table('taxonomy_terms')} tt
        WHERE true ${conditions.map((condition) => `AND ${condition}`).join(' ')}`,
    parameters: parameters.values,
  };
}
