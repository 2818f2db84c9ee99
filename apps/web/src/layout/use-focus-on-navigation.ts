import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the main content when the page changes (not on the first load, and not when
 * only the search in the URL changes, so focus stays in the filters). A screen reader then reads
 * the new page, and keyboard focus is not left on a link that is gone.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const firstPage = useRef(true);
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [pathname]);
}
