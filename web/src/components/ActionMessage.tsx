import { useState } from 'react';
import { useI18n } from '../lib/i18n';

export interface Outcome {
  ok: boolean;
  text: string;
}

/** Runs an operator's change and keeps what came of it (saved, or the API's reason), then calls `done`. */
export function useAction(done: () => void) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setOutcome({ ok: true, text: t('saved') });
      done();
    } catch (e) {
      setOutcome({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };
  return { outcome, act };
}

export function ActionMessage({ outcome, testId }: { outcome: Outcome | null; testId?: string }) {
  if (!outcome) return null;
  return (
    <p role="status" className={outcome.ok ? 'notice ok' : 'notice error'} data-testid={testId}>
      {outcome.text}
    </p>
  );
}
