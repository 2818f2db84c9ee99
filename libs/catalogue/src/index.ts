export * from './lib/catalogue.module';
export * from './lib/organizations/organization.entity';
export * from './lib/organizations/organizations.service';
export * from './lib/organizations/dto/organization-fields.dto';
export * from './lib/organizations/dto/update-organization.dto';

import { Organization } from './lib/organizations/organization.entity';
/** Entities of the tenant schemas that the catalogue owns. */
export const CATALOGUE_ENTITIES = [Organization];
