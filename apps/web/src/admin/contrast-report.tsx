import { locale } from '../i18n/language';
import { DataTable } from '../areas/data-table';
import { WCAG_AA_MINIMUM_CONTRAST, contrastRatio, meetsAA, truncateRatio } from '@socialkompas/theme';
import { t } from './messages';

const WHITE = '#ffffff';
const ratioFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

interface ColourPair {
  label: string;
  foreground: string;
  background: string;
}

/** One pair's ratio and verdict, in words and a sign, so it does not rest on colour alone. */
function PairRow({ label, foreground, background }: ColourPair) {
  const ratio = contrastRatio(foreground, background);
  const verdict = ratio === undefined ? 'unreadable' : meetsAA(ratio) ? 'pass' : 'fail';
  return (
    <tr className={`contrast-report__row contrast-report__row--${verdict}`}>
      <th scope="row">{label}</th>
      <td>
        {ratio === undefined
          ? '–'
          : t('theme.contrast.ratio', { ratio: ratioFormat.format(truncateRatio(ratio)) })}
      </td>
      <td>
        <span aria-hidden="true">{verdict === 'pass' ? '✓ ' : '✗ '}</span>
        {t(`theme.contrast.${verdict}`)}
      </td>
    </tr>
  );
}

/** The contrast of the two colour pairs the theme makes, against WCAG 2.1 AA for text (4.5:1). */
export function ContrastReport({
  primaryColor,
  primaryTextColor,
}: {
  primaryColor: string;
  primaryTextColor: string;
}) {
  return (
    <DataTable
      caption={t('theme.contrast.caption', { minimum: ratioFormat.format(WCAG_AA_MINIMUM_CONTRAST) })}
      headings={[t('theme.contrast.pair'), t('theme.contrast.ratioHeading'), t('theme.contrast.verdict')]}
    >
      <PairRow
        label={t('theme.contrast.textOnPrimary')}
        foreground={primaryTextColor}
        background={primaryColor}
      />
      <PairRow label={t('theme.contrast.linkOnWhite')} foreground={primaryColor} background={WHITE} />
    </DataTable>
  );
}
