import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { get } from './api';
import { browserZone } from './time';

export interface ConsoleSettings {
  tileUrl: string | null;
  timeZone: string | null;
  ocppUrl: string;
}

interface Resolved {
  tileUrl: string | null;
  ocppUrl: string | null;
  /** The zone times are shown in: the platform's time-zone setting, else the browser's (sites come later). */
  zone: string;
}

const SettingsContext = createContext<Resolved>({ tileUrl: null, ocppUrl: null, zone: browserZone() });

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Resolved>({ tileUrl: null, ocppUrl: null, zone: browserZone() });
  useEffect(() => {
    get<ConsoleSettings>('/api/v1/console/settings')
      .then((s) => setSettings({ tileUrl: s.tileUrl, ocppUrl: s.ocppUrl, zone: s.timeZone ?? browserZone() }))
      .catch(() => undefined);
  }, []);
  return <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>;
}

export const useSettings = () => useContext(SettingsContext);
