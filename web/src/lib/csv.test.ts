import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV export', () => {
  const columns = [
    { header: 'id', value: (r: { id: string; energy: number | null }) => r.id },
    { header: 'energy', value: (r: { id: string; energy: number | null }) => r.energy },
  ];

  it('quotes cells with commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = toCsv([{ id: 'CP,1 "north"', energy: 1200 }], columns);
    expect(csv).toBe('id,energy\r\n"CP,1 ""north""",1200\r\n');
  });

  it('leaves absent values empty', () => {
    expect(toCsv([{ id: 'CP-2', energy: null }], columns)).toBe('id,energy\r\nCP-2,\r\n');
  });

  it('defuses a cell a spreadsheet would run as a formula', () => {
    expect(toCsv([{ id: '=HYPERLINK("x")', energy: 1 }], columns)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
