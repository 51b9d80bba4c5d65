/**
 * Words that cross from one part of the extension to another (worker -> popup, worker -> overlay) travel as
 * a message key and its parameters, not as English: the part that shows them says them in the user's
 * language (`say()` in lib/i18n). A parameter is a string, a number or itself a LocalizedText, so a
 * provider's problem ("server error (HTTP 500)") can sit inside the provider's note.
 *
 * Plain strings are still accepted wherever a LocalizedText is ("Said"), and shown as they are: providers
 * being written in parallel give English `reason` strings, and the integrator converts them to keys.
 *
 * No browser API here (the type and schema are shared by the worker, the UI and the unit tests).
 */
import * as v from 'valibot';
import type { MessageKey } from './keys';

export type LocalizedParam = string | number | LocalizedText;

export interface LocalizedText {
  key: string;
  params?: Record<string, LocalizedParam>;
}

/** A LocalizedText, or plain text shown as it is (English from code not converted yet, or a proper name). */
export type Said = string | LocalizedText;

/** How deep parameters may nest: a problem inside a note inside a note is the deepest real case. */
const MAX_DEPTH = 4;

/** A message key as the locale files spell them: dotted identifiers ("live.note.providerDown"). */
const KEY = v.pipe(v.string(), v.maxLength(80), v.regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/));
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

function localizedTextSchema(depth: number): v.GenericSchema<LocalizedText> {
  const param: v.GenericSchema<LocalizedParam> =
    depth >= MAX_DEPTH
      ? v.union([v.pipe(v.string(), v.maxLength(400)), v.pipe(v.number(), v.finite())])
      : v.union([
          v.pipe(v.string(), v.maxLength(400)),
          v.pipe(v.number(), v.finite()),
          v.lazy(() => localizedTextSchema(depth + 1)),
        ]);
  return v.strictObject({
    key: KEY,
    params: v.optional(
      v.pipe(
        v.record(v.pipe(v.string(), v.regex(PARAM_NAME)), param),
        v.check((params) => Object.keys(params).length <= 12, 'at most 12 parameters'),
      ),
    ),
  }) as v.GenericSchema<LocalizedText>;
}

export const LocalizedTextSchema = localizedTextSchema(0);

/** A LocalizedText or plain text, each at most 400 characters of plain text. */
export const SaidSchema: v.GenericSchema<Said> = v.union([v.pipe(v.string(), v.maxLength(400)), LocalizedTextSchema]);

/**
 * A LocalizedText whose key the locale files are known to have (MessageKey is generated from en.yml by
 * `wxt prepare`): a typo is a compile error, not a raw key on screen.
 */
export function lt(key: MessageKey, params?: Record<string, LocalizedParam>): LocalizedText {
  return params === undefined ? { key } : { key, params };
}

export function isLocalizedText(value: Said | LocalizedParam): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof value.key === 'string';
}
