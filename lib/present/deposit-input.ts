/**
 * A deposit typed by hand in the overlay. The overlay runs on the DEX page, where decimal.js is not loaded, so
 * this is a plain text check: a positive USD amount with at most two decimals, grouping commas and a dollar
 * sign allowed ("$2,500.50"), up to a trillion dollars.
 *
 * Typed amounts are read the same way in every locale, also where figures are shown with a decimal comma
 * (de-DE shows "$2.500,50"): "." is the decimal mark and "," groups thousands, so "1,234.56" and "1234.56"
 * both mean 1234.56. A decimal comma ("2500,50") is refused with a message, never misread: "1,234" can
 * only be 1234 here, because an amount in dollars has at most two decimals.
 */
import { t } from '../i18n/index';
export type DepositParse = { ok: true; usd: string } | { ok: false; error: string };

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

export function parseDepositText(text: string): DepositParse {
  const plain = text
    .trim()
    .replace(/^\$/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (plain === '') return { ok: false, error: t('depositInput.empty') };
  if (!AMOUNT.test(plain)) return { ok: false, error: t('depositInput.shape') };
  const [whole, cents = ''] = plain.split('.');
  const normalised = `${whole!.replace(/^0+(?=\d)/, '')}${cents ? `.${cents}` : ''}`;
  if (/^0+(\.0*)?$/.test(normalised)) return { ok: false, error: t('depositInput.zero', { amount: '$0' }) };
  if (whole!.replace(/^0+/, '').length > 12)
    return { ok: false, error: t('depositInput.tooLarge', { amount: '$1 trillion' }) };
  return { ok: true, usd: normalised };
}
