import { vi } from 'vitest';

export interface Call {
  method: string;
  url: string;
  body?: unknown;
}

type Route = (method: string, url: string) => { status: number; body?: unknown } | undefined;

/** Stubs fetch with a fake platform that answers by method and URL; returns every request the page made. */
export function fakeApi(route: Route): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const answer = route(method, url) ?? { status: 404, body: { status: 404, title: 'Not found' } };
      return answer.status === 204
        ? new Response(null, { status: 204 })
        : new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return calls;
}

export const page = <T>(items: T[]) => ({ items, page: 0, size: 50, total: items.length });
