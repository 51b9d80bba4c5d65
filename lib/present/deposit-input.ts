/**
 * A deposit typed by hand in the overlay. The overlay runs on the DEX page, where decimal.js is not loaded, so
 * this is a plain text check: a positive USD amount with at most two decimals, grouping commas and a dollar
 * sign allowed ("$2,500.50"), up to a trillion dollars.
 */
export type DepositParse = { ok: true; usd: string } | { ok: false; error: string };

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

export function parseDepositText(text: string): DepositParse {
  const plain = text
    .trim()
    .replace(/^\$/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (plain === '') return { ok: false, error: 'Enter the deposit in US dollars, e.g. 2500.' };
  if (!AMOUNT.test(plain))
    return { ok: false, error: 'Use a plain dollar amount with at most two decimals, e.g. 2500.50.' };
  const [whole, cents = ''] = plain.split('.');
  const normalised = `${whole!.replace(/^0+(?=\d)/, '')}${cents ? `.${cents}` : ''}`;
  if (/^0+(\.0*)?$/.test(normalised)) return { ok: false, error: 'The deposit must be more than $0.' };
  if (whole!.replace(/^0+/, '').length > 12) return { ok: false, error: 'At most $1 trillion.' };
  return { ok: true, usd: normalised };
}
