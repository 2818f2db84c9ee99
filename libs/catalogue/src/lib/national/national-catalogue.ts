import { Injectable } from '@nestjs/common';
import { PublishedReadPath } from '@socialkompas/tenancy';
import {
  PublishedNationalOfferRow,
  PublishedNationalOffersRepository,
} from './published-national-offers.repository';

/**
 * The national tenant's published offers as a municipality sees them, read through the one
 * cross-tenant read path (PublishedReadPath): the national tenant comes from the registry, its
 * schema is opened read-only, and only while it is serviceable. Without a serviceable national
 * tenant there are no national offers.
 */
@Injectable()
export class NationalCatalogue {
  constructor(
    private readonly readPath: PublishedReadPath,
    private readonly offers: PublishedNationalOffersRepository,
  ) {}

  /** Every published national offer, by name in Danish order. */
  async publishedOffers(): Promise<PublishedNationalOfferRow[]> {
    const offers = (await this.readNational(() => this.offers.list())) ?? [];
    return offers.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  /** The published national offer with this id, or null (none such, or no national tenant). */
  async publishedOffer(id: string): Promise<PublishedNationalOfferRow | null> {
    return (await this.readNational(() => this.offers.find(id))) ?? null;
  }

  /** Runs `work` in the national tenant's read-only unit of work; undefined without a national tenant. */
  private async readNational<T>(work: () => Promise<T>): Promise<T | undefined> {
    const national = (await this.readPath.network()).find((entry) => entry.tenant.kind === 'national');
    return national ? this.readPath.read(national.tenant, work) : undefined;
  }
}
