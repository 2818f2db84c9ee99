import { useState, type FormEvent } from 'react';
import { DataTable } from '../areas/data-table';
import { ErrorAlert } from '../feedback/problem-alert';
import { Field } from '../forms/field';
import { useSaveMapping, type ImportView, type SheetView } from './import-api';
import { t } from './import-messages';
import type { TenantScope } from './tenant-scope';

const fieldId = (key: string) => `import-column-${key}`;

/** A select of the sheet's columns, or none. */
function ColumnSelect({
  id,
  columns,
  value,
  onChange,
}: {
  id?: string;
  columns: string[];
  value: string | null;
  onChange: (column: string | null) => void;
}) {
  return (
    <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
      <option value="">{t('import.mapping.none')}</option>
      {columns.map((column) => (
        <option key={column} value={column}>
          {column}
        </option>
      ))}
    </select>
  );
}

/** The sheet's first rows, so the person can see what each column holds. */
function SheetSample({ sheet }: { sheet: SheetView }) {
  return (
    <DataTable caption={t('import.mapping.sample')} headings={sheet.columns}>
      {sheet.sample.map((row, index) => (
        <tr key={index}>
          {sheet.columns.map((column, cell) =>
            cell === 0 ? (
              <th key={column} scope="row">
                {row[cell] ?? ''}
              </th>
            ) : (
              <td key={column}>{row[cell] ?? ''}</td>
            ),
          )}
        </tr>
      ))}
    </DataTable>
  );
}

/** Each of our fields with a select of the sheet's columns, the suggested mapping preselected. */
export function ImportMappingForm({
  scope,
  view,
  sheet,
}: {
  scope: TenantScope;
  view: ImportView;
  sheet: SheetView;
}) {
  const save = useSaveMapping(scope, view.id);
  const [columns, setColumns] = useState<Record<string, string | null>>(() => ({ ...sheet.mapping.columns }));
  const [externalIdColumn, setExternalIdColumn] = useState<string | null>(sheet.mapping.externalIdColumn);
  const [checked, setChecked] = useState(false);
  const missing = sheet.fields.filter((field) => field.required && !columns[field.key]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (missing.length > 0) {
      document.getElementById('import-mapping-summary')?.focus();
      return;
    }
    save.mutate({ columns, externalIdColumn });
  }

  return (
    <section aria-labelledby="import-mapping-heading">
      <h3 id="import-mapping-heading">{t('import.mapping.heading')}</h3>
      <p>{t('import.mapping.intro')}</p>
      <SheetSample sheet={sheet} />
      <form onSubmit={submit} noValidate>
        {checked && missing.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} id="import-mapping-summary">
            <h4>{t('import.mapping.summary')}</h4>
            <ul>
              {missing.map((field) => (
                <li key={field.key}>
                  <a href={`#${fieldId(field.key)}`}>{t('import.mapping.missing', { label: field.label })}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {sheet.fields.map((field) => (
          <Field
            key={field.key}
            label={field.required ? t('import.mapping.required', { label: field.label }) : field.label}
            errors={
              checked && field.required && !columns[field.key]
                ? [t('import.mapping.missing', { label: field.label })]
                : []
            }
          >
            <ColumnSelect
              id={fieldId(field.key)}
              columns={sheet.columns}
              value={columns[field.key] ?? null}
              onChange={(column) => setColumns((current) => ({ ...current, [field.key]: column }))}
            />
          </Field>
        ))}
        <Field label={t('import.mapping.externalId')} hint={t('import.mapping.externalId.hint')}>
          <ColumnSelect columns={sheet.columns} value={externalIdColumn} onChange={setExternalIdColumn} />
        </Field>
        {save.error ? <ErrorAlert error={save.error} level={2} /> : null}
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('import.mapping.save')}
        </button>
      </form>
    </section>
  );
}
