import type { AnchorHTMLAttributes } from 'react';
import { navigate } from '../lib/router';

/** An ordinary link (keyboard, middle click, copy address all work) that the console routes itself. */
export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      href={to}
      {...rest}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
