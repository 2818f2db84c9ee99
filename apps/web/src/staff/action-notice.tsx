import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

export interface Notice {
  message: string;
  /** What to do next: a page of the app (a path) or a mail to write (a mailto: address). */
  next?: { href: string; label: string };
}

/** What the last action did; it takes focus, since the control that started it may be gone. */
export function ActionNotice({ notice }: { notice: Notice | undefined }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) element.current?.focus();
  }, [notice]);
  const next = notice?.next;
  return (
    <div ref={element} role="status" tabIndex={-1} className={notice ? 'notice notice--success' : undefined}>
      {notice && <p>{notice.message}</p>}
      {next && (
        <p>
          {next.href.startsWith('/') ? (
            <Link to={next.href}>{next.label}</Link>
          ) : (
            <a href={next.href}>{next.label}</a>
          )}
        </p>
      )}
    </div>
  );
}
