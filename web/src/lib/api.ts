// The console talks only to the platform's public REST API (issue 8). The bearer token lives in sessionStorage:
// it ends with the tab, and a 401 anywhere sends the operator back to the login page.

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; rule: string }[];
  stationErrorCode?: string;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  get status(): number {
    return this.problem.status;
  }
}

export interface Session {
  token: string;
  expiresAt: string;
  user: { username: string; role: string };
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

const KEY = 'gridcharge.session';
type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  return new Date(session.expiresAt).getTime() > Date.now() ? session : null;
}

function setSession(session: Session | null) {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener(session));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function login(username: string, password: string): Promise<Session> {
  const session = await request<Session>('POST', '/api/v1/auth/login', { username, password }, false);
  setSession(session);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await request('POST', '/api/v1/auth/logout');
  } finally {
    setSession(null);
  }
}

export async function request<T = unknown>(method: string, path: string, body?: unknown, authenticated = true): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const session = currentSession();
  if (authenticated && session) headers.Authorization = `Bearer ${session.token}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && authenticated) setSession(null);
    throw new ApiError({ status: response.status, ...(json ?? {}) });
  }
  return json as T;
}

export const get = <T>(path: string) => request<T>('GET', path);

/** A document (a PDF invoice): fetched with the bearer token, which a plain link would not send. */
export async function getBlob(path: string): Promise<Blob> {
  const session = currentSession();
  const response = await fetch(path, { headers: session ? { Authorization: `Bearer ${session.token}` } : {} });
  if (!response.ok) {
    if (response.status === 401) setSession(null);
    throw new ApiError({ status: response.status });
  }
  return response.blob();
}
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});

/** A query string from the filters that are set; empty ones are left out. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
