/** The HSDS Page object, exactly the fields of the specification's openapi.json, in its order. */
export interface HsdsPage<Item> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Item[];
}

export function hsdsPage<Item>(
  contents: Item[],
  totalItems: number,
  page: number,
  perPage: number,
): HsdsPage<Item> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
