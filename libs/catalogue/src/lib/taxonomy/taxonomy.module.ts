import { Module } from '@nestjs/common';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyRepository } from './taxonomy.repository';
import { TaxonomyService } from './taxonomy.service';

/** The five vocabularies (challenge, target group, activity, age group, district) and their terms. */
@Module({
  controllers: [TaxonomyController],
  providers: [TaxonomyRepository, TaxonomyService],
  exports: [TaxonomyRepository, TaxonomyService],
})
export class TaxonomyModule {}
