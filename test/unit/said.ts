/**
 * The worker's words as English, for assertions: every LocalizedText inside a value (a reason, a note, a
 * problem) said with the English messages test/unit/setup.ts gives browser.i18n. Plain strings stay.
 */
import { say } from '../../lib/i18n/index';
import { isLocalizedText, type Said } from '../../lib/i18n/localized-text';

export function said<T>(value: T): T {
  if (Array.isArray(value)) return value.map(said) as T;
  if (typeof value === 'object' && value !== null) {
    if (isLocalizedText(value as unknown as Said)) return say(value as unknown as Said) as T;
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, said(item)])) as T;
  }
  return value;
}
