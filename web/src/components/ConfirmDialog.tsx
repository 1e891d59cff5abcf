import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

/**
 * Asks before a command goes to a station (issue 8). A modal <dialog>: focus moves into it, Escape cancels, and
 * focus returns to the button that opened it.
 */
export function ConfirmDialog({
  title,
  children,
  busy,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id="confirm-title">{title}</h2>
        {children}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} autoFocus>
            {t('confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
