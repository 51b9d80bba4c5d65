import { useMemo, useState } from 'preact/hooks';
import { POOL_KINDS, positive, type PoolKind } from '../core/index';
import {
  DEFAULT_VALUES,
  PRICE_UNIT,
  type FieldId,
  type FormValues,
  calculate,
  flipQuote,
  priceUnit,
  visibleFields,
  withKind,
} from '../lib/present/calculator-model';
import { otherSide, priceOrientation } from '../lib/present/orientation';
import { AnalysisView } from './AnalysisView';
import type { CurrentPrice } from './DepositScenario';
import { t } from '../lib/i18n/index';

const KIND_LABELS: Record<PoolKind, string> = {
  'constant-product': t('calc.kindConstantProduct'),
  concentrated: t('calc.kindConcentrated'),
  weighted: t('calc.kindWeighted'),
  stableswap: t('calc.kindStableswap'),
};

const ORIGIN_TEXT: Record<FormValues['origin'], string> = {
  example: t('calc.originExample'),
  page: t('calc.originPage'),
  live: t('calc.originLive'),
};

/** The price typed, in the unit the form shows, when the pool kind has one and it parses. */
function currentPrice(values: FormValues): CurrentPrice | null {
  if (values.kind !== 'concentrated') return null;
  try {
    return { value: positive(values.price, 'price'), unit: priceUnit(values) };
  } catch {
    return null;
  }
}

/** The popup's calculator: every figure recomputed from the user's inputs as they type. */
export function Calculator({ initial = DEFAULT_VALUES }: { initial?: FormValues }) {
  const [values, setValues] = useState<FormValues>(initial);
  const result = useMemo(() => calculate(values), [values]);
  const set = (id: FieldId, text: string) => setValues((v) => ({ ...v, [id]: text }));
  const unit = priceUnit(values);

  return (
    <div class="lens-calculator">
      <form class="lens-form" onSubmit={(e) => e.preventDefault()} aria-label={t('calc.formLabel')}>
        <label class="lens-field lens-wide">
          <span>{t('calc.kind')}</span>
          <select
            data-testid="kind"
            value={values.kind}
            onChange={(e) => setValues((v) => withKind(v, e.currentTarget.value as PoolKind))}
          >
            {POOL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        {values.kind === 'concentrated' && (
          <p class="lens-muted lens-wide">
            {t('calc.pricesIn')} <span data-testid="calc-price-unit">{unit}</span>{' '}
            <button type="button" class="lens-link" data-testid="calc-flip" onClick={() => setValues(flipQuote)}>
              {t('calc.typeIn', { unit: priceOrientation(values, otherSide(values.quote)).unit })}
            </button>
          </p>
        )}
        {visibleFields(values.kind).map((field) => {
          const error = result.errors[field.id];
          const errorId = `error-${field.id}`;
          return (
            <label class="lens-field" key={field.id}>
              <span>
                {field.label}{' '}
                <small>
                  ({field.unit === PRICE_UNIT ? unit : field.unit}
                  {field.optional ? t('calc.optional') : ''})
                </small>
              </span>
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellcheck={false}
                data-testid={`input-${field.id}`}
                value={values[field.id]}
                placeholder={field.hint ?? (field.optional ? t('calc.unknown') : '')}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onInput={(e) => set(field.id, e.currentTarget.value)}
              />
              {error && (
                <span class="lens-error" id={errorId} role="alert" data-testid={`error-${field.id}`}>
                  {error}
                </span>
              )}
            </label>
          );
        })}
      </form>
      <p class="lens-muted" data-testid="calc-origin">
        {ORIGIN_TEXT[values.origin]}
      </p>
      {result.ok ? (
        <AnalysisView
          analysis={result.analysis}
          source={values.origin === 'example' ? t('calc.sourceExample') : t('calc.sourceEntered')}
          symbols={values}
          current={currentPrice(values)}
        />
      ) : (
        <p class="lens-muted" data-testid="no-result">
          {t('calc.fix')}
        </p>
      )}
    </div>
  );
}
