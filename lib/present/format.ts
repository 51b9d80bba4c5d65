/** Display formatting: the one number formatter lives in core (its warning sentences use it too); ages are here. */
import { t } from '../i18n/index';
export { days, move, multiple, percent, price, usd, MAX_LENGTH } from '../../core/index';

/** An age for "2 min ago": seconds under 90 s, minutes under 90 min, then hours. */
export function ageOf(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 90) return t('age.seconds', { n: seconds });
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? t('age.minutes', { n: minutes }) : t('age.hours', { n: Math.round(minutes / 60) });
}
