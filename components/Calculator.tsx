import { useMemo, useState } from 'preact/hooks';
import { POOL_KINDS, type PoolKind } from '../core/index';
import {
  DEFAULT_VALUES,
  type FieldId,
  type FormValues,
  calculate,
  visibleFields,
} from '../lib/present/calculator-model';
import { AnalysisView } from './AnalysisView';

const KIND_LABELS: Record<PoolKind, string> = {
  'constant-product': 'Constant product (Uniswap v2, Aerodrome volatile)',
  concentrated: 'Concentrated (Uniswap v3/v4 range)',
  weighted: 'Weighted (Balancer)',
  stableswap: 'Stableswap (Curve, 2 coins)',
};

/** The popup's manual lookup: every figure recomputed from the user's inputs as they type. */
export function Calculator({ initial = DEFAULT_VALUES }: { initial?: FormValues }) {
  const [values, setValues] = useState<FormValues>(initial);
  const result = useMemo(() => calculate(values), [values]);
  const set = (id: FieldId | 'kind', text: string) => setValues((v) => ({ ...v, [id]: text }));

  return (
    <div class="lens-calculator">
      <form class="lens-form" onSubmit={(e) => e.preventDefault()} aria-label="Pool and deposit">
        <label class="lens-field lens-wide">
          <span>Pool kind</span>
          <select data-testid="kind" value={values.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
            {POOL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        {visibleFields(values.kind).map((field) => {
          const error = result.errors[field.id];
          const errorId = `error-${field.id}`;
          return (
            <label class="lens-field" key={field.id}>
              <span>
                {field.label}{' '}
                <small>
                  ({field.unit}
                  {field.optional ? ', optional' : ''})
                </small>
              </span>
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellcheck={false}
                data-testid={`input-${field.id}`}
                value={values[field.id]}
                placeholder={field.hint ?? (field.optional ? 'unknown' : '')}
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
      {result.ok ? (
        <AnalysisView analysis={result.analysis} source="the values entered above (no live data)" />
      ) : (
        <p class="lens-muted" data-testid="no-result">
          Fix the highlighted fields to see the analysis.
        </p>
      )}
    </div>
  );
}
