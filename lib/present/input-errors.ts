/**
 * Core's input errors in words a liquidity provider understands: what is wrong with the value and how to
 * fix it, said next to the field. Core's own message ("priceLower: must be below priceUpper") names code
 * fields; this names the thing on the screen.
 */
import type { LpInputError } from '../../core/index';
import { t } from '../i18n/index';

/** What a field is called on screen, for the errors that mention another field. */
export interface FieldWords {
  /** The field's label as the form shows it: "Range min price", "Your deposit". */
  name: string;
}

const FIX_BY_REASON: Partial<Record<LpInputError['reason'], (field: FieldWords, detail: string) => string>> = {
  missing: (f) => t('inputError.missing', { name: f.name }),
  'not-a-number': (f) => t('inputError.notANumber', { name: capital(f.name) }),
  'not-finite': (f) => t('inputError.notFinite', { name: capital(f.name) }),
  'not-positive': (f) => t('inputError.notPositive', { name: capital(f.name) }),
  negative: (f) => t('inputError.negative', { name: capital(f.name) }),
  overflow: (f) => t('inputError.overflow', { name: capital(f.name) }),
  order: () => t('inputError.order'),
  'out-of-range': (f, detail) => t('inputError.outOfRange', { name: capital(f.name), detail }),
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Core's details in the user's language: core writes English after the field name ("must be at most 36500");
 * the known shapes are matched here and said from the locale files. A detail not listed stays as core wrote it.
 */
const DETAILS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must be at most 2000 % a year$/, () => t('inputError.detail.maxVolatility')],
  [/^must be above -100 %$/, () => t('inputError.detail.aboveMinus100')],
  [/^must be at most (\S+)$/, (m) => t('inputError.detail.atMost', { max: m[1]! })],
  [/^must be between 0 and 1 \(got (\S+)\)$/, (m) => t('inputError.detail.between0And1', { got: m[1]! })],
  [
    /^must be a whole number from (\S+) to (\S+)$/,
    (m) => t('inputError.detail.wholeFromTo', { min: m[1]!, max: m[2]! }),
  ],
  [/^must be greater than zero$/, () => t('inputError.detail.positive')],
];

/** Core's sentence without its "field: " prefix, in the user's language where its shape is known. */
export const coreDetail = (error: LpInputError) => {
  const detail = error.message.slice(error.field.length + 2);
  for (const [shape, say] of DETAILS) {
    const match = shape.exec(detail);
    if (match) return say(match);
  }
  return detail;
};

export function humanInputError(error: LpInputError, field: FieldWords): string {
  const fix = FIX_BY_REASON[error.reason];
  return fix
    ? fix(field, coreDetail(error))
    : t('inputError.other', { name: capital(field.name), detail: coreDetail(error) });
}
