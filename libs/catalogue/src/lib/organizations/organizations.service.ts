import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditLog, changedFields } from '@socialkompas/auth';
import { PageOf } from '@socialkompas/http';

import { LifecycleAction, LifecycleStatus, nextStatus } from '../core/lifecycle/lifecycle';
import { SearchIndex } from '../core/search-index';
import { OrganizationFieldsDto } from './dto/organization-fields.dto';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { Organization } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';

const PUBLIC: LifecycleStatus[] = ['published'];

export class OrganizationPage extends PageOf(Organization) {}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly searchIndex: SearchIndex,
    private readonly auditLog: AuditLog,
  ) {}

  /** Published organisations for the public; any status (or the one asked for) for editors. */
  async list(
    query: { q?: string; status?: LifecycleStatus; page: number; size: number },
    audience: 'public' | 'editor',
  ): Promise<OrganizationPage> {
    const statuses = audience === 'public' ? PUBLIC : query.status ? [query.status] : undefined;
    const { items, total } = await this.organizations.page({ ...query, statuses });
    return { items, total, page: query.page, size: query.size };
  }

  async get(id: string, audience: 'public' | 'editor'): Promise<Organization> {
    const organization = await this.organizations.findById(id, audience === 'public' ? PUBLIC : undefined);
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
    const before = await this.get(id, 'editor');
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
    const before = await this.get(id, 'editor');
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
