import { useState } from 'preact/hooks';
import { Decimal, LpInputError, positive, type Analysis } from '../core/index';
import { humanInputError } from '../lib/present/input-errors';
import { percent, price, usd } from '../lib/present/format';
import type { PoolTokens } from './AnalysisView';
import { tokenName } from './ProjectionTable';
import { t } from '../lib/i18n/index';

/** Today's price as the user reads it: the moving token's price in the quote token. */
export interface CurrentPrice {
  value: Decimal;
  unit: string;
}

/**
 * How the deposit splits into the two tokens today, and a scenario at a price the user types: LP value
 * against holding, IL and the fees expected on the way there (the same model as the table's rows).
 */
export function DepositScenario({
  analysis: a,
  symbols,
  current,
}: {
  analysis: Analysis;
  symbols: PoolTokens;
  current: CurrentPrice | null;
}) {
  const share0 = a.token0ValueShare;
  const usd0 = a.depositUsd.mul(share0);
  const usd1 = a.depositUsd.minus(usd0);
  return (
    <section class="lens-section" aria-label={t('deposit.label')}>
      <h2>{t('deposit.title')}</h2>
      <p data-testid="deposit-split">
        {t('deposit.split', {
          deposit: usd(a.depositUsd),
          usd0: usd(usd0),
          token0: tokenName(symbols, 'token0'),
          share0: percent(share0),
          usd1: usd(usd1),
          token1: tokenName(symbols, 'token1'),
          share1: percent(new Decimal(1).minus(share0)),
        })}
      </p>
      {current && <TargetPrice analysis={a} symbols={symbols} current={current} />}
    </section>
  );
}

function TargetPrice({
  analysis: a,
  symbols,
  current,
}: {
  analysis: Analysis;
  symbols: PoolTokens;
  current: CurrentPrice;
}) {
  const [text, setText] = useState('');
  const moving = tokenName(symbols, a.quote === 'token1' ? 'token0' : 'token1');
  let result: { row: ReturnType<Analysis['scenarioAt']> } | { error: string } | null = null;
  if (text.trim() !== '') {
    try {
      const target = positive(text.trim().replace(/,/g, ''), 'target');
      result = { row: a.scenarioAt(target.div(current.value).minus(1)) };
    } catch (error) {
      if (!(error instanceof LpInputError)) throw error;
      result = { error: humanInputError(error, { name: t('deposit.targetName') }) };
    }
  }
  return (
    <div class="lens-target">
      <label class="lens-field">
        <span>
          {t('deposit.target', { token: moving })}{' '}
          <small>{t('deposit.targetUnit', { unit: current.unit, price: price(current.value) })}</small>
        </span>
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          data-testid="target-price"
          value={text}
          aria-invalid={result && 'error' in result ? true : undefined}
          aria-describedby="target-result"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <div id="target-result" aria-live="polite">
        {result && 'error' in result && (
          <p class="lens-error" role="alert" data-testid="target-error">
            {result.error}
          </p>
        )}
        {result && 'row' in result && (
          <dl class="lens-figures" data-testid="target-result">
            <div class="lens-figure">
              <dt>{t('deposit.worth')}</dt>
              <dd data-testid="target-lp">{usd(result.row.hodlValueUsd.plus(result.row.ilUsd))}</dd>
            </div>
            <div class="lens-figure">
              <dt>{t('deposit.hodl')}</dt>
              <dd data-testid="target-hodl">{usd(result.row.hodlValueUsd)}</dd>
            </div>
            <div class="lens-figure">
              <dt>{t('deposit.il')}</dt>
              <dd data-testid="target-il">
                {percent(result.row.il)} ({usd(result.row.ilUsd)})
              </dd>
            </div>
            <div class="lens-figure">
              <dt>{t('deposit.fees', { days: a.horizonDays.toString() })}</dt>
              <dd data-testid="target-fees">{usd(result.row.feesUsd)}</dd>
            </div>
            <div class="lens-figure">
              <dt>{t('deposit.net')}</dt>
              <dd data-testid="target-net">{usd(result.row.netVsHoldUsd, { signed: true })}</dd>
            </div>
          </dl>
        )}
      </div>
    </div>
  );
}
