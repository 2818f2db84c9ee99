import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../feedback/problem-alert';
import { Field } from '../forms/field';
import { useUploadImport, type ImportView } from './import-api';
import { t } from './import-messages';
import type { TenantScope } from './tenant-scope';

const ACCEPTED = '.zip,.json,.csv,.xlsx,application/zip,application/json,text/csv';

/** Chooses the file(s) and uploads them; the API starts the dry run at once. */
export function ImportUploadForm({
  scope,
  onUploaded,
}: {
  scope: TenantScope;
  onUploaded: (view: ImportView) => void;
}) {
  const upload = useUploadImport(scope);
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (files.length === 0) {
      setMissing(true);
      document.getElementById('import-files')?.focus();
      return;
    }
    upload.mutate(files, { onSuccess: onUploaded });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field
        label={t('import.files')}
        hint={t('import.files.hint')}
        errors={missing ? [t('import.files.missing')] : []}
      >
        <input
          id="import-files"
          type="file"
          multiple
          accept={ACCEPTED}
          onChange={(event) => {
            setFiles([...(event.target.files ?? [])]);
            setMissing(false);
          }}
        />
      </Field>
      {upload.error ? <ErrorAlert error={upload.error} level={2} /> : null}
      <button type="submit" className="button button--primary" disabled={upload.isPending}>
        {upload.isPending ? t('import.uploading') : t('import.upload')}
      </button>
    </form>
  );
}
