import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { OrganizationFieldsDto } from './dto/organization-fields.dto';
import { OrganizationQueryDto } from './dto/organization-query.dto';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { Organization } from './organization.entity';
import { OrganizationPage, OrganizationsRepository } from './organizations.repository';

@Injectable()
export class OrganizationsService {
  constructor(private readonly organizations: OrganizationsRepository) {}

  list(query: OrganizationQueryDto): Promise<OrganizationPage> {
    return this.organizations.page(query);
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw notFound(id);
    return organization;
  }

  create(fields: OrganizationFieldsDto): Promise<Organization> {
    return this.organizations.create(fields);
  }

  async update(id: string, { version, ...changes }: UpdateOrganizationDto): Promise<Organization> {
    const updated = await this.organizations.updateIfVersion(id, version, changes);
    if (updated) return updated;
    const current = await this.get(id);
    throw new ConflictException({
      title: 'Organisationen er ændret af en anden',
      detail: `Du redigerede version ${version}, men version ${current.version} er gemt i mellemtiden. Hent den nye version og gem igen.`,
      current,
    });
  }
}

function notFound(id: string): NotFoundException {
  return new NotFoundException({
    title: 'Organisationen findes ikke',
    detail: `Der er ingen organisation med id ${id}.`,
  });
}
