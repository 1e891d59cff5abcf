import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentSession } from '../lib/api';
import { I18nProvider } from '../lib/i18n';
import { LoginPage } from './LoginPage';

function answer(status: number, body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

function fillIn(onLoggedIn = () => undefined) {
  render(
    <I18nProvider lang="en">
      <LoginPage onLoggedIn={onLoggedIn} />
    </I18nProvider>,
  );
  fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'admin' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'Secret-Password-1' } });
  fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('the login page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('keeps the session it was granted and goes on', async () => {
    answer(200, { token: 'tok', expiresAt: '2999-01-01T00:00:00Z', user: { username: 'admin', role: 'Admin' } });
    const onLoggedIn = vi.fn();
    fillIn(onLoggedIn);

    await vi.waitFor(() => expect(onLoggedIn).toHaveBeenCalled());
    expect(currentSession()?.token).toBe('tok');
  });

  it('says the credentials are wrong, as an alert', async () => {
    answer(401, { status: 401, title: 'Wrong username or password' });
    fillIn();

    expect((await screen.findByRole('alert')).textContent).toBe('The username or the password is wrong.');
    expect(currentSession()).toBeNull();
  });

  it('labels every field, so a screen reader can name them', () => {
    render(
      <I18nProvider lang="zh">
        <LoginPage onLoggedIn={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('用户名')).toBeTruthy();
    expect(screen.getByLabelText('密码')).toBeTruthy();
  });
});
