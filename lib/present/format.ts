/** Display formatting: the one number formatter lives in core (its warning sentences use it too); ages are here. */
import { t } from '../i18n/index';
import { days as coreDays, type Decimal } from '../../core/index';
export { move, multiple, percent, price, usd, MAX_LENGTH } from '../../core/index';

/**
 * A number of days in the user's language: core's figure ("74.7", "1", "-2.5") with the unit from the locale
 * files ("74.7 days", "74.7 天"). Same digits, rounding and length limits as core's days().
 */
export function days(value: Decimal, options: { digits?: number } = {}): string {
  const text = coreDays(value, options);
  const number = text.replace(/ days?$/, '');
  return number === '1' ? t('format.day') : t('format.days', { n: number });
}

/** An age for "2 min ago": seconds under 90 s, minutes under 90 min, then hours. */
export function ageOf(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 90) return t('age.seconds', { n: seconds });
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? t('age.minutes', { n: minutes }) : t('age.hours', { n: Math.round(minutes / 60) });
}
