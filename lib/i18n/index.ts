/**
 * The one way UI text is looked up: `t(key, values)` over @wxt-dev/i18n, whose messages come from
 * locales/<lang>.yml and follow the browser's language (en by default, zh_CN shipped). core/ never calls
 * this: it returns ids and figures, and the UI picks the words here.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { isLocalizedText, type LocalizedParam, type Said } from './localized-text';

export type { MessageKey } from './keys';
export { lt, type LocalizedText, type Said } from './localized-text';

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

/** The language tag of the words the UI is shown in (locales/<lang>.yml's own `locale.tag`). */
export function textLocale(): string {
  return t('locale.tag');
}

/**
 * Words from another part of the extension in the user's language: a LocalizedText's message with its
 * parameters said first (a nested LocalizedText inside a note), plain text as it is. A key missing from
 * zh_CN falls back to en (the manifest's default_locale); a key missing from both (a message from another
 * build) is shown as the key, never as nothing.
 */
export function say(text: Said): string {
  if (!isLocalizedText(text)) return text;
  const params = Object.fromEntries(Object.entries(text.params ?? {}).map(([name, value]) => [name, sayParam(value)]));
  return tDynamic(text.key, params) ?? text.key;
}

function sayParam(value: LocalizedParam): string {
  return typeof value === 'number' ? String(value) : say(value);
}
