import { useI18n } from '../lib/i18n';

export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav className="pager" aria-label={t('pageOf', { page: page + 1, pages, total })}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {t('previous')}
      </button>
      <span aria-live="polite">{t('pageOf', { page: page + 1, pages, total })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
        {t('next')}
      </button>
    </nav>
  );
}
