import { useState } from 'react';
import { allPages, download, toCsv, type Column } from '../lib/csv';
import { useI18n } from '../lib/i18n';

/** Exports the listing at `path` (with the filters applied) as CSV. */
export function ExportButton<T>({ path, columns, fileName }: { path: string; columns: Column<T>[]; fileName: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          download(fileName, toCsv(await allPages<T>(path), columns));
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? t('exporting') : t('exportCsv')}
    </button>
  );
}
