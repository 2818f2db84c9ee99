import { assertValidTenantSlug, quoteIdentifier, tenantSchemaName } from './tenant-slug';
import { InvalidTenantSlugError } from './tenancy.errors';

describe('tenant slugs', () => {
  it.each(['aarhus', 'region_midtjylland', 'k1', 'silkeborg2'])(
    'accepts %s and names its schema t_<slug>',
    (slug) => {
      expect(tenantSchemaName(slug)).toBe(`t_${slug}`);
    },
  );

  it.each([
    'aarhus"; DROP SCHEMA platform; --',
    "aarhus' OR '1'='1",
    'Aarhus',
    'aa-rhus',
    'a',
    '1aarhus',
    'aarhus kommune',
    'x'.repeat(42),
    'public',
    'platform',
    'pg_catalog',
    'information_schema',
    '',
  ])('refuses %j', (slug) => {
    expect(() => assertValidTenantSlug(slug)).toThrow(InvalidTenantSlugError);
    expect(() => tenantSchemaName(slug)).toThrow(InvalidTenantSlugError);
  });

  it('quotes identifiers so an embedded quote cannot end them', () => {
    expect(quoteIdentifier('t_aarhus')).toBe('"t_aarhus"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});
