import type { ReactNode } from 'react';
import { useDocumentTitle } from '../document/use-document-title';

/** A page of the administration: its heading (also the tab's title) and a line on what it is for. */
export function AdminPage({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      {children}
    </>
  );
}
