import { NavLink } from 'react-router';

export interface AreaLink {
  to: string;
  label: string;
  /** Marks the link current only on its own address, not below it (for an area's first page). */
  end?: boolean;
}

/** An area's own menu under the site header; NavLink marks the current page with aria-current. */
export function AreaNav({ label, links }: { label: string; links: AreaLink[] }) {
  return (
    <nav aria-label={label} className="area-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end ?? false}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
