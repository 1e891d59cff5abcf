import { useEffect, useRef, useState } from 'react';
import { currentSession, post } from './api';

// The platform's live event stream (server-sent events). EventSource cannot send the bearer token, so each
// (re)connection first buys a single-use ticket with it, then opens /api/v1/live?ticket=... (issue 8).

export type LiveType = 'station' | 'connector' | 'meter' | 'transaction' | 'notice';

export interface LiveEvent {
  stationId: string;
  at: string;
  [field: string]: unknown;
}

export interface Notice {
  at: string;
  stationId: string;
  kind: string;
  alarm: boolean;
  detail: Record<string, unknown>;
}

type Handler = (event: LiveEvent) => void;
const TYPES: LiveType[] = ['station', 'connector', 'meter', 'transaction', 'notice'];

class LiveStream {
  private source: EventSource | null = null;
  private handlers = new Map<LiveType, Set<Handler>>();
  private stateListeners = new Set<(open: boolean) => void>();
  private retry = 1000;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A ticket is being bought: the subscriptions of one page arrive together and must share one stream. */
  private connecting = false;
  open = false;

  subscribe(type: LiveType, handler: Handler): () => void {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)!.add(handler);
    this.ensureOpen();
    return () => {
      this.handlers.get(type)?.delete(handler);
    };
  }

  onState(listener: (open: boolean) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.open);
    this.ensureOpen();
    return () => {
      this.stateListeners.delete(listener);
    };
  }

  close() {
    this.source?.close();
    this.source = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.setOpen(false);
  }

  private ensureOpen() {
    if (this.source || this.timer || this.connecting || !currentSession()) return;
    this.connect();
  }

  private async connect() {
    this.timer = null;
    this.connecting = true;
    try {
      const ticket = await post<{ stream: string }>('/api/v1/live/tickets');
      // Each open stream holds one of the browser's few connections to the platform (six over HTTP/1.1):
      // a second stream would starve the page's own requests.
      this.source?.close();
      const source = new EventSource(ticket.stream);
      this.source = source;
      source.onopen = () => {
        this.retry = 1000;
        this.setOpen(true);
      };
      source.onerror = () => {
        // The ticket was good once: a reconnect needs a new one, so EventSource's own retry is no use.
        source.close();
        this.source = null;
        this.setOpen(false);
        this.later();
      };
      for (const type of TYPES) {
        source.addEventListener(type, (message) => {
          const event = JSON.parse((message as MessageEvent).data) as LiveEvent;
          this.handlers.get(type)?.forEach((handler) => handler(event));
        });
      }
    } catch {
      this.later();
    } finally {
      this.connecting = false;
    }
  }

  private later() {
    if (!currentSession()) return;
    this.timer = setTimeout(() => this.connect(), this.retry);
    this.retry = Math.min(this.retry * 2, 30_000);
  }

  private setOpen(open: boolean) {
    this.open = open;
    this.stateListeners.forEach((listener) => listener(open));
  }
}

export const live = new LiveStream();

/** For tests: a stream of their own. */
export const newLiveStream = () => new LiveStream();

/** Calls the handler with each live event of the type while the component is mounted. */
export function useLive(type: LiveType, handler: Handler) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => live.subscribe(type, (event) => latest.current(event)), [type]);
}

export function useLiveOpen(): boolean {
  const [open, setOpen] = useState(live.open);
  useEffect(() => live.onState(setOpen), []);
  return open;
}
