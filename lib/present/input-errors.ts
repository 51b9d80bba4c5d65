/**
 * Core's input errors in words a liquidity provider understands: what is wrong with the value and how to
 * fix it, said next to the field. Core's own message ("priceLower: must be below priceUpper") names code
 * fields; this names the thing on the screen.
 */
import type { LpInputError } from '../../core/index';

/** What a field is called on screen, for the errors that mention another field. */
export interface FieldWords {
  /** The field's label as the form shows it: "Range min price", "Your deposit". */
  name: string;
}

const FIX_BY_REASON: Partial<Record<LpInputError['reason'], (field: FieldWords, detail: string) => string>> = {
  missing: (f) => `Enter a value for ${f.name}.`,
  'not-a-number': (f) => `${capital(f.name)} must be a number, like 2500 or 0.05 (digits, one dot, no units).`,
  'not-finite': (f) => `${capital(f.name)} must be an ordinary number, not infinity.`,
  'not-positive': (f) => `${capital(f.name)} must be more than 0.`,
  negative: (f) => `${capital(f.name)} cannot be negative.`,
  overflow: (f) => `${capital(f.name)} is too large to work with: check the number of digits.`,
  order: () => 'The min price must be below the max price: swap the two, or change one of them.',
  'out-of-range': (f, detail) => `${capital(f.name)} ${detail}.`,
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Core's sentence without its "field: " prefix. */
export const coreDetail = (error: LpInputError) => error.message.slice(error.field.length + 2);

export function humanInputError(error: LpInputError, field: FieldWords): string {
  const fix = FIX_BY_REASON[error.reason];
  return fix ? fix(field, coreDetail(error)) : `${capital(field.name)}: ${coreDetail(error)}.`;
}
