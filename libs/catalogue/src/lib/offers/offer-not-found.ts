import { NotFoundException } from '@nestjs/common';

/**
 * The answer for an offer that does not exist or that the asker may not see (a draft, one the host
 * hides): the same in both cases, and without the id, since citizens read it on the offer page.
 */
export function offerNotFound(): NotFoundException {
  return new NotFoundException({
    title: 'Tilbuddet findes ikke',
    detail: 'Tilbuddet er fjernet, eller det vises ikke på denne side.',
  });
}
