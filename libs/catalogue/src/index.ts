export * from './lib/catalogue.module';
export * from './lib/organizations/organization.entity';
export * from './lib/organizations/organizations.service';
export * from './lib/organizations/dto/organization-fields.dto';
export * from './lib/organizations/dto/update-organization.dto';
export * from './lib/offers/offer.entity';
export * from './lib/offers/offers.service';
export * from './lib/offers/offer-search-index';
export * from './lib/offers/dto/offer-fields.dto';
export * from './lib/taxonomy/taxonomy.entity';
export * from './lib/geo/danish-postcodes';
export * from './lib/demo/demo-catalogue';
export * from './lib/demo/demo-seeder';

import { Organization } from './lib/organizations/organization.entity';
import { Contact } from './lib/offers/contact.entity';
import { Location } from './lib/offers/location.entity';
import { Offer } from './lib/offers/offer.entity';
import { Schedule } from './lib/offers/schedule.entity';
import { TaxonomyTerm } from './lib/taxonomy/taxonomy-term.entity';
import { Taxonomy } from './lib/taxonomy/taxonomy.entity';
/** Entities of the tenant schemas that the catalogue owns. */
export const CATALOGUE_ENTITIES = [Organization, Offer, Location, Schedule, Contact, Taxonomy, TaxonomyTerm];
