import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n';
import { StatusBadge } from './StatusBadge';

describe('a status badge', () => {
  it('says the state in words, not by colour alone', () => {
    render(
      <I18nProvider lang="en">
        <StatusBadge status="Faulted" />
      </I18nProvider>,
    );
    const badge = screen.getByText('Faulted');
    expect(badge.className).toContain('badge-alarm');
  });

  it('says it in Chinese for a Chinese reader', () => {
    render(
      <I18nProvider lang="zh">
        <StatusBadge status="Charging" />
      </I18nProvider>,
    );
    expect(screen.getByText('充电中')).toBeTruthy();
  });
});
