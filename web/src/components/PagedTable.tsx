import type { ReactNode } from 'react';
import type { Page } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { Pager } from './Pager';

/** One page of a listing as a table with its column headers and the pager; says so while loading or empty. */
export function PagedTable<T>({
  page,
  headers,
  row,
  onPage,
  className,
}: {
  page: Page<T> | null;
  headers: string[];
  row: (item: T, index: number) => ReactNode;
  onPage: (page: number) => void;
  className?: string;
}) {
  const { t } = useI18n();
  if (!page) return <p role="status">{t('loading')}</p>;
  if (page.items.length === 0) return <p>{t('nothingFound')}</p>;
  return (
    <>
      <table className={className}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{page.items.map(row)}</tbody>
      </table>
      <Pager page={page.page} size={page.size} total={page.total} onPage={onPage} />
    </>
  );
}
