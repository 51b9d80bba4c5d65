import { Decimal } from '../../numbers';
import { tokenShareRule } from '../token-rules';

/** A tax on buying or selling is lost on every swap and on the exit. */
export const tokenTransferTax = tokenShareRule({
  id: 'token-transfer-tax',
  title: 'Buy and sell tax of the pool tokens',
  share: ['buyTax', 'sellTax'],
  direction: 'above',
  thresholds: [
    { severity: 'danger', limit: new Decimal('0.1') },
    { severity: 'warning', limit: new Decimal('0.01') },
  ],
  key: 'tokenTransferTax',
  headline: ({ token, value, limit }) => `${token} charges a ${value} tax on buying or selling, more than ${limit}`,
  reason: ({ token, value, limit }) =>
    `Each buy or sell of ${token} loses ${value} to the tax, more than ${limit}: it is paid again when you leave.`,
});
