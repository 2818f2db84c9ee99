import { useSyncExternalStore } from 'react';

/**
 * "Min liste": the offers a staff member collects while talking to a citizen. Only offer ids are
 * kept, in this browser, so nothing about the citizen is ever stored.
 */
const STORAGE_KEY = 'sk-shortlist';
/** More than a citizen can use on one handout; also the most a handout link carries. */
export const MAX_OFFERS = 30;

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

let snapshot = read();

function write(ids: string[]): void {
  snapshot = ids.slice(0, MAX_OFFERS);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(snapshot));
  } catch {
    // Private mode without storage: the list still lives for this page.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    snapshot = read();
    listener();
  };
  window.addEventListener('storage', onStorage); // another tab changed the list
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export const shortlist = {
  add: (id: string) => write(snapshot.includes(id) ? snapshot : [...snapshot, id]),
  remove: (id: string) => write(snapshot.filter((entry) => entry !== id)),
  clear: () => write([]),
};

export function useShortlist(): { ids: string[]; has: (id: string) => boolean } {
  const ids = useSyncExternalStore(subscribe, () => snapshot);
  return { ids, has: (id) => ids.includes(id) };
}
