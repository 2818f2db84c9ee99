import { useEffect } from 'react';

/** Keeps the browser tab's title (and what screen readers announce on load) in step with the page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
