import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../lib/i18n';
import { fakeApi, page } from '../testing/fakeApi';
import { IdTokensPage } from './IdTokensPage';

const card = { idToken: '04A1B2C3', status: 'Accepted', createdAt: '2026-11-01T00:00:00Z' };

describe('the id tokens page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('blocks a card with one click and says it was saved', async () => {
    const calls = fakeApi((method, url) =>
      method === 'PATCH' ? { status: 200, body: { ...card, status: 'Blocked' } } : url.startsWith('/api/v1/id-tokens') ? { status: 200, body: page([card]) } : undefined,
    );
    render(
      <I18nProvider lang="en">
        <IdTokensPage />
      </I18nProvider>,
    );

    const row = (await screen.findByText('04A1B2C3')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Block' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')).toEqual({ method: 'PATCH', url: '/api/v1/id-tokens/04A1B2C3', body: { status: 'Blocked' } });
  });

  it('shows the API’s reason when issuing a card fails', async () => {
    fakeApi((method) =>
      method === 'POST'
        ? { status: 409, body: { status: 409, title: 'Conflict', detail: 'id token 04A1B2C3 exists already' } }
        : { status: 200, body: page([]) },
    );
    render(
      <I18nProvider lang="en">
        <IdTokensPage />
      </I18nProvider>,
    );

    fireEvent.change(screen.getByLabelText('Id token'), { target: { value: '04A1B2C3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('id token 04A1B2C3 exists already')).toBeTruthy();
  });
});
