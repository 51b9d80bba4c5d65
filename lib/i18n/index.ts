/**
 * The one way UI text is looked up: `t(key, values)` over @wxt-dev/i18n, whose messages come from
 * locales/<lang>.yml and follow the browser's language (en by default, zh_CN shipped). core/ never calls
 * this: it returns ids and figures, and the UI picks the words here.
 */
import { i18n, type GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';

export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;

export const t = i18n.t;

/**
 * A message by a key known only at run time (a warning id from core, say): null when the locale files have
 * no such key, so the caller can fall back to core's English.
 */
export function tDynamic(key: string, values: Record<string, string | number> = {}): string | null {
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  const message = getMessage(key.replaceAll('.', '_'));
  if (!message) return null;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/** The browser's UI language as a BCP 47 tag for Intl ("en-US", "zh-CN"); en-US when it cannot be read. */
export function uiLocale(): string {
  try {
    const tag = browser.i18n.getUILanguage().replace('_', '-');
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en-US';
  } catch {
    return 'en-US';
  }
}
