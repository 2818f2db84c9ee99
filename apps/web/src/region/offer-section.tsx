import type { ReactNode } from 'react';

/** A part of the offer under its own second-level heading, which also names the section. */
export function OfferSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
