import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditLog } from '@socialkompas/auth';
import { OffersService } from '../offers/offers.service';
import { UpdateOfferDto } from '../offers/dto/update-offer.dto';
import {
  OfferRevisionDetail,
  OfferRevisionPage,
  OfferRevisionView,
  ReviewQueryDto,
} from './association-work.dto';
import { differencesOf } from './association-offers.service';
import { OfferRevisionsRepository } from './offer-revisions.repository';

const notFound = () =>
  new NotFoundException({ title: 'Ikke fundet', detail: 'Ændringsforslaget findes ikke her.' });

/**
 * The editors' review of associations' proposed changes: list them, see each as the offer's
 * current value beside the proposed one, approve (applied as an editor's change to the version
 * the association saw, 409 when the offer has changed since) or reject with a reason.
 */
@Injectable()
export class OfferRevisionsService {
  constructor(
    private readonly revisions: OfferRevisionsRepository,
    private readonly offers: OffersService,
    private readonly auditLog: AuditLog,
  ) {}

  list({ status, page, size }: ReviewQueryDto): Promise<OfferRevisionPage> {
    return this.revisions.page(status ?? 'pending', page, size);
  }

  async get(id: string): Promise<OfferRevisionDetail> {
    const revision = await this.revisions.find(id);
    if (!revision) throw notFound();
    const offer = await this.offers.getForEditor(revision.offerId);
    return {
      ...revision,
      currentVersion: offer.version,
      differences: differencesOf(offer, revision.changes),
    };
  }

  async approve(id: string, actor: Actor): Promise<OfferRevisionView> {
    const revision = await this.lockPending(id);
    const changes = { ...revision.changes, version: revision.baseVersion } as UpdateOfferDto;
    // The offer's own update: its checks, its search index refresh and its audit record.
    await this.offers.update(revision.offerId, changes, actor);
    return this.decide(revision, 'approved', null, actor);
  }

  async reject(id: string, reason: string, actor: Actor): Promise<OfferRevisionView> {
    return this.decide(await this.lockPending(id), 'rejected', reason, actor);
  }

  private async lockPending(id: string): Promise<OfferRevisionView> {
    await this.revisions.lock(id);
    const revision = await this.revisions.find(id);
    if (!revision) throw notFound();
    if (revision.status !== 'pending') {
      throw new ConflictException({
        title: 'Allerede afgjort',
        detail: `Ændringsforslaget er allerede ${revision.status === 'approved' ? 'godkendt' : 'afvist'}.`,
        current: revision,
      });
    }
    return revision;
  }

  private async decide(
    revision: OfferRevisionView,
    status: 'approved' | 'rejected',
    reason: string | null,
    actor: Actor,
  ): Promise<OfferRevisionView> {
    await this.revisions.decide(revision.id, status, actor.label, reason);
    await this.auditLog.record({
      entityType: 'offer_revision',
      entityId: revision.id,
      entityLabel: revision.offerName,
      action: status === 'approved' ? 'approve' : 'reject',
      actor,
      changes: { offerId: revision.offerId, ...(reason ? { reason } : {}) },
    });
    const decided = await this.revisions.find(revision.id);
    if (!decided) throw notFound();
    return decided;
  }
}
