import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/**
 * A list answer, `{ items }`, as a class to extend: `class TermList extends ListOf(Term) {}`.
 * The subclass names the schema and is the handler's return type.
 */
export function ListOf<Item>(item: Type<Item>) {
  abstract class List {
    @ApiProperty({ type: [item] })
    items!: Item[];
  }
  return List;
}

/** One page of a list: the `page` and `size` asked for (PageQueryDto) and the `total` of all pages. */
export function PageOf<Item>(item: Type<Item>) {
  abstract class Page extends ListOf(item) {
    @ApiProperty({ type: 'integer', description: 'Items on all pages together' })
    total!: number;

    @ApiProperty({ type: 'integer', example: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', example: 20 })
    size!: number;
  }
  return Page;
}
