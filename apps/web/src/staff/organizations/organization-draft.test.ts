import { describe, expect, test } from '@jest/globals';
import {
  EMPTY_ORGANIZATION,
  newOrganizationOf,
  organizationUpdateOf,
  type OrganizationDraft,
} from './organization-draft';

const saved: OrganizationDraft = {
  ...EMPTY_ORGANIZATION,
  name: 'Sorggruppen',
  taxId: '12345678',
  website: 'https://sorg.dk',
};

describe('what the association form sends', () => {
  test('creates with the filled-in fields only, trimmed', () => {
    expect(newOrganizationOf({ ...EMPTY_ORGANIZATION, name: ' Sorggruppen ', email: 'a@sorg.dk' })).toEqual({
      name: 'Sorggruppen',
      email: 'a@sorg.dk',
      trusted: false,
    });
  });

  test('updates only what changed, clearing an emptied CVR number and website with null', () => {
    expect(
      organizationUpdateOf(saved, { ...saved, taxId: '', website: ' ', trusted: true, description: 'Ny' }, 4),
    ).toEqual({ taxId: null, website: null, trusted: true, description: 'Ny', version: 4 });
    expect(organizationUpdateOf(saved, saved, 4)).toEqual({ version: 4 });
  });
});
