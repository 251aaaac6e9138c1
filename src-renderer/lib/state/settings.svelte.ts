/** The reader's preferences, loaded once and saved on every change. */
import { DEFAULT_SETTINGS, loadSettings, saveSetting, type Settings } from '../db';

export const FONT_SIZES = { min: 14, max: 28, step: 1 } as const;

class SettingsState {
  values = $state<Settings>({ ...DEFAULT_SETTINGS });
  loaded = $state(false);

  async load(): Promise<void> {
    this.values = await loadSettings();
    this.loaded = true;
  }

  async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    this.values[key] = value;
    await saveSetting(key, value);
  }

  /** Resolved theme for the moment: the explicit choice, else the system's. */
  get theme(): 'light' | 'dark' | 'system' {
    return this.values.theme;
  }

  async changeFontSize(delta: number | 'reset'): Promise<void> {
    const next =
      delta === 'reset'
        ? DEFAULT_SETTINGS.fontSize
        : Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, this.values.fontSize + delta));
    await this.set('fontSize', next);
  }
}

export const settings = new SettingsState();
