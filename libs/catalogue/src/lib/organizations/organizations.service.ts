import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditLog, changedFields } from '@socialkompas/auth';

import { LifecycleAction, LifecycleStatus, nextStatus } from '../core/lifecycle/lifecycle';
import { SearchIndex } from '../core/search-index';
import { OrganizationFieldsDto } from './dto/organization-fields.dto';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { Organization } from './organization.entity';
import {
  OrganizationPage,
  publicOrganization,
  PublicOrganization,
  PublicOrganizationPage,
  withOfferCounts,
} from './organization-view';
import { OrganizationsRepository } from './organizations.repository';

const PUBLIC: LifecycleStatus[] = ['published'];

type OrganizationQuery = { q?: string; status?: LifecycleStatus; page: number; size: number };

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly searchIndex: SearchIndex,
    private readonly auditLog: AuditLog,
  ) {}

  /** Published organisations, as citizens see them. */
  async listPublic(query: OrganizationQuery): Promise<PublicOrganizationPage> {
    const { items, total } = await this.organizations.page({ ...query, statuses: PUBLIC });
    return { items: items.map(publicOrganization), total, page: query.page, size: query.size };
  }

  /** Any status (or the one asked for), each with its offers counted per status. */
  async listForEditors(query: OrganizationQuery): Promise<OrganizationPage> {
    const statuses = query.status ? [query.status] : undefined;
    const { items, total } = await this.organizations.page({ ...query, statuses });
    const counts = await this.organizations.offerCounts(items.map((organization) => organization.id));
    return { items: withOfferCounts(items, counts), total, page: query.page, size: query.size };
  }

  async getPublic(id: string): Promise<PublicOrganization> {
    const organization = await this.organizations.findById(id, PUBLIC);
    if (!organization) throw notFound(id);
    return publicOrganization(organization);
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw notFound(id);
    return organization;
  }

  async create(fields: OrganizationFieldsDto, actor: Actor): Promise<Organization> {
    const organization = await this.organizations.create({ ...fields, status: 'draft' });
    await this.record(organization, 'create', actor, { ...organization });
    return organization;
  }

  async update(
    id: string,
    { version, ...changes }: UpdateOrganizationDto,
    actor: Actor,
  ): Promise<Organization> {
    await this.organizations.lock(id);
    const before = await this.get(id);
    const updated = await this.organizations.updateIfVersion(id, version, changes);
    if (!updated) throw conflict(before, version);
    if (updated.name !== before.name) await this.searchIndex.refreshOffersOfOrganization(id);
    await this.record(updated, 'update', actor, changedFields(before, updated));
    return updated;
  }

  async transition(
    id: string,
    action: LifecycleAction,
    version: number,
    actor: Actor,
  ): Promise<Organization> {
    await this.organizations.lock(id);
    return this.move(await this.get(id), action, version, actor);
  }

  /**
   * Publishes the organisation together with one of its offers, which the editor chose to publish
   * with it: whatever version it is at now, unless it is published already.
   */
  async publishWithOffer(id: string, actor: Actor): Promise<void> {
    await this.organizations.lock(id);
    const current = await this.get(id);
    if (current.status !== 'published') await this.move(current, 'publish', current.version, actor);
  }

  private async move(
    before: Organization,
    action: LifecycleAction,
    version: number,
    actor: Actor,
  ): Promise<Organization> {
    const id = before.id;
    const status = nextStatus(action, before.status);
    const updated = await this.organizations.updateIfVersion(id, version, { status });
    if (!updated) throw conflict(before, version);
    // Its offers appear in search or leave it with it (search reads the organisation's status).
    await this.searchIndex.markChanged();
    await this.record(updated, action, actor, { status: { from: before.status, to: status } });
    return updated;
  }

  private record(entity: Organization, action: string, actor: Actor, changes: Record<string, unknown>) {
    return this.auditLog.recordAbout('organization', entity, action, actor, changes);
  }
}

function conflict(current: Organization, version: number): ConflictException {
  return new ConflictException({
    title: 'Organisationen er ændret af en anden',
    detail: `Du redigerede version ${version}, men version ${current.version} er gemt i mellemtiden. Hent den nye version og gem igen.`,
    current,
  });
}

function notFound(id: string): NotFoundException {
  return new NotFoundException({
    title: 'Organisationen findes ikke',
    detail: `Der er ingen organisation med id ${id}.`,
  });
}
