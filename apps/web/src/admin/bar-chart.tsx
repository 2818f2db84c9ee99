import { useId } from 'react';
import { formatNumber } from '../i18n/format';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/**
 * Horizontal bars drawn as inline SVG, one list item each. The label and number are text beside
 * the bar, so screen readers (which skip the decorative SVG) read the same list sighted users see,
 * and the text stays readable at any width.
 */
export function BarChart({
  caption,
  summary,
  unit,
  bars,
}: {
  caption: string;
  summary: string;
  /** The unit after a number, in the form the number takes ("1 søgning", "2 søgninger"). */
  unit: (value: number) => string;
  bars: Bar[];
}) {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const id = useId();
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-caption`} aria-describedby={`${id}-summary`}>
      <figcaption>
        <span id={`${id}-caption`} className="bar-chart__caption">
          {caption}
        </span>{' '}
        <span id={`${id}-summary`} className="hint">
          {summary}
        </span>
      </figcaption>
      <ol className="bar-chart__bars">
        {bars.map((bar) => (
          <li key={bar.key} className="bar-chart__item">
            <span className="bar-chart__label">{bar.label}</span>
            <svg
              className="bar-chart__bar"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect width={(bar.value / largest) * 100} height="10" />
            </svg>
            <span className="bar-chart__value">
              {formatNumber(bar.value)} <span className="admin-visually-hidden">{unit(bar.value)}</span>
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
