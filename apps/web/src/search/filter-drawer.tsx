import { useEffect, useRef, type ReactNode } from 'react';
import { inertOutside } from '../layout/inert-outside';
import { useMediaQuery } from '../layout/use-media-query';

/** Below this width the filters are a drawer over the results (see .search-layout__filters). */
const PHONE = '(max-width: 55.99em)';

interface FilterDrawerProps {
  id: string;
  label: string;
  open: boolean;
  onClose: () => void;
  /** The "show N results" button at the drawer's foot. */
  closeLabel: string;
  children: ReactNode;
}

/**
 * The filters: beside the results on a wide screen; on a phone a modal drawer that takes focus,
 * leaves the page behind it inert, closes with Escape and gives focus back to what opened it.
 */
export function FilterDrawer({ id, label, open, onClose, closeLabel, children }: FilterDrawerProps) {
  const drawer = useRef<HTMLElement>(null);
  const modal = useMediaQuery(PHONE) && open;

  useEffect(() => {
    const element = drawer.current;
    if (!modal || !element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restore = inertOutside(element);
    element.focus();
    return () => {
      restore();
      // The opener may be gone (the page changed under the drawer): then the main content.
      if (opener?.isConnected) opener.focus();
      else document.getElementById('main')?.focus();
    };
  }, [modal]);

  return (
    <aside
      ref={drawer}
      id={id}
      className="search-layout__filters"
      data-open={open}
      aria-label={label}
      role={modal ? 'dialog' : undefined}
      aria-modal={modal || undefined}
      tabIndex={modal ? -1 : undefined}
      onKeyDown={(event) => {
        if (modal && event.key === 'Escape') onClose();
      }}
    >
      {children}
      <div className="filter-drawer__close">
        <button type="button" className="button button--primary" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
    </aside>
  );
}
