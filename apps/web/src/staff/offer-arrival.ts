import { useLocation, useNavigate } from 'react-router';
import type { Notice } from './action-notice';
import type { SavedOffer } from './staff-api';

/** What the edit page of a just-created offer (new or a copy) says when it opens. */
export interface OfferArrival {
  notice: Notice;
  possibleDuplicates: SavedOffer['possibleDuplicates'];
}

function isArrival(value: unknown): value is OfferArrival {
  return typeof value === 'object' && value !== null && 'notice' in value && 'possibleDuplicates' in value;
}

/** Opens the edit page of an offer the API just created, with a notice of what happened. */
export function useOpenCreatedOffer(): (saved: SavedOffer, message: string) => void {
  const navigate = useNavigate();
  return (saved, message) =>
    void navigate(`/personale/tilbud/${saved.offer.id}`, {
      state: { notice: { message }, possibleDuplicates: saved.possibleDuplicates } satisfies OfferArrival,
    });
}

/** The notice the edit page was opened with, if it was opened right after creating the offer. */
export function useArrival(): OfferArrival | undefined {
  const state: unknown = useLocation().state;
  return isArrival(state) ? state : undefined;
}
