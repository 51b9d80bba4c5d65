/** The deposit setting as a checked amount; apart from items.ts so the content script does not load decimal.js. */
import { LpInputError, positive } from '../../core/index';
import { DEFAULT_DEPOSIT, depositSize } from './items';

/** The user's deposit in USD; one that is not a positive amount reads as $1,000 rather than breaking a view. */
export async function depositUsdSetting(): Promise<string> {
  try {
    return positive((await depositSize.getValue()).usd, 'deposit').toString();
  } catch (error) {
    if (error instanceof LpInputError) return DEFAULT_DEPOSIT.usd;
    throw error;
  }
}
