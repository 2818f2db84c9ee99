import { DynamicModule, Module } from '@nestjs/common';
import { AssociationsModule } from './associations/associations.module';
import { CatalogueOptions } from './catalogue.options';
import { EditorialModule } from './editorial/editorial.module';
import { FreshnessModule } from './freshness/freshness.module';
import { InboxModule } from './inbox/inbox.module';
import { ExportModule } from './interchange/export/export.module';
import { ImportModule } from './interchange/import/import.module';
import { OffersModule } from './offers/offers.module';
import { HsdsProfileModule } from './open-data/profile/hsds-profile.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { NationalOffersModule } from './national/national-offers.module';
import { OpenDataModule } from './open-data/open-data.module';
import { RegionModule } from './region/region.module';
import { SearchIndexModule } from './search/index/search-index.module';
import { SearchModule } from './search/search.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';

/** The catalogue: one module per feature folder, wired together here. */
@Module({})
export class CatalogueModule {
  static forRoot(options: CatalogueOptions): DynamicModule {
    const search = SearchModule.register({ answerReuse: options.searchAnswerReuse ?? true });
    return {
      module: CatalogueModule,
      imports: [
        SearchIndexModule,
        OrganizationsModule,
        TaxonomyModule,
        OffersModule,
        search,
        FreshnessModule.register(options),
        InboxModule,
        EditorialModule,
        RegionModule.register(search),
        NationalOffersModule,
        AssociationsModule,
        HsdsProfileModule,
        ExportModule,
        ImportModule,
        OpenDataModule,
      ],
    };
  }
}
