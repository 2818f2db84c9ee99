import { Injectable, NotImplementedException } from '@nestjs/common';
import { Tenant } from '@socialkompas/tenancy';
import { RegionalMembers } from '../regional-members';
import { RegionalSearchQueryDto, RegionalSearchResult } from './regional-search.dto';

@Injectable()
export class RegionalSearch {
  constructor(private readonly members: RegionalMembers) {}

  async find(region: Tenant, query: RegionalSearchQueryDto): Promise<RegionalSearchResult> {
    await this.members.readable(region);
    throw new NotImplementedException(JSON.stringify(query));
  }
}
