import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../lib/i18n';
import { fakeApi, page } from '../testing/fakeApi';
import { UsersPage } from './UsersPage';

describe('the users page', () => {
  beforeEach(() =>
    sessionStorage.setItem('gridcharge.session', JSON.stringify({ token: 't', expiresAt: '2999-01-01T00:00:00Z', user: { username: 'admin', role: 'Admin' } })),
  );
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('offers to block and expire others but never the operator’s own account', async () => {
    fakeApi(() => ({
      status: 200,
      body: page([
        { username: 'admin', role: 'Admin', blocked: false, createdAt: '2026-11-01T00:00:00Z' },
        { username: 'lin.wei', role: 'Admin', blocked: true, createdAt: '2026-11-02T00:00:00Z' },
      ]),
    }));
    render(
      <I18nProvider lang="en">
        <UsersPage />
      </I18nProvider>,
    );

    const me = (await screen.findByText('admin', { selector: 'th' })).closest('tr') as HTMLElement;
    const lin = screen.getByText('lin.wei', { selector: 'th' }).closest('tr') as HTMLElement;
    expect(within(me).queryAllByRole('button')).toHaveLength(0);
    expect(within(lin).getByRole('button', { name: 'Accept again' })).toBeTruthy();
    expect(within(lin).getByText('Blocked')).toBeTruthy();
  });
});
