import { get, type Page } from './api';

// Export: a table as CSV (RFC 4180), with the filters the operator set, read page by page from the API.

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** A cell a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with ' (CSV injection). */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: T[], columns: Column<T>[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Every row of a paged listing, 500 at a time (the API's largest page), up to `limit` rows. */
export async function allPages<T>(path: string, limit = 100_000): Promise<T[]> {
  const rows: T[] = [];
  const separator = path.includes('?') ? '&' : '?';
  for (let page = 0; rows.length < limit; page++) {
    const chunk = await get<Page<T>>(`${path}${separator}page=${page}&size=500`);
    rows.push(...chunk.items);
    if (chunk.items.length < 500) break;
  }
  return rows;
}

export function download(fileName: string, csv: string) {
  // A byte order mark, so that spreadsheet programs read the Chinese text as UTF-8.
  saveBlob(fileName, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
}

/** Hands a file the console fetched (with its bearer token) to the browser to save or open. */
export function saveBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
