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

/** Core's sentence without its "field: " prefix. */
export const coreDetail = (error: LpInputError) => error.message.slice(error.field.length + 2);

export function humanInputError(error: LpInputError, field: FieldWords): string {
  const fix = FIX_BY_REASON[error.reason];
  return fix
    ? fix(field, coreDetail(error))
    : t('inputError.other', { name: capital(field.name), detail: coreDetail(error) });
}
