import { Global, Module } from '@nestjs/common';
import { SearchIndex } from '../../core/search-index';
import { SearchIndexWriter } from './search-index-writer';
import { SearchIndexRepository } from './search-index.repository';
import { SearchIndexChanges } from './search-index-changes';

/**
 * The search index's write side behind the catalogue's SearchIndex port. Global so that the
 * features which write (offers, organisations, taxonomy, freshness) depend on the port alone and
 * never import the search module, which depends on them.
 */
@Global()
@Module({
  providers: [
    SearchIndexChanges,
    SearchIndexRepository,
    SearchIndexWriter,
    { provide: SearchIndex, useExisting: SearchIndexWriter },
  ],
  exports: [SearchIndex, SearchIndexChanges],
})
export class SearchIndexModule {}
