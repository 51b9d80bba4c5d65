/**
 * The payoff chart: what the deposit is worth across exit prices as LP, as HODL and as LP plus the fees
 * expected on the way, the range shaded, marks for today's price, the range ends and the break-even prices,
 * a cursor moved by pointer or arrow keys with a live read-out, and the same figures as a table.
 *
 * Plain SVG through Preact, not a chart library: one line chart needs none, and the overlay bundles this
 * component into the content script, which must stay small (<= 40 KB gzip). It draws the view model from
 * lib/present/payoff-model.ts as given: every figure arrives formatted, only pixel positions are worked out here.
 */
import { useId, useState } from 'preact/hooks';
import type { PayoffChartView } from '../lib/messages/overlay';
import { t } from '../lib/i18n/index';

export type PayoffChartSize = 'full' | 'compact';

const FRAME: Record<PayoffChartSize, { w: number; h: number; l: number; r: number; t: number; b: number }> = {
  full: { w: 372, h: 200, l: 62, r: 12, t: 14, b: 22 },
  compact: { w: 330, h: 124, l: 56, r: 10, t: 10, b: 20 },
};

const LINES = [
  ['hodl', 'HODL'],
  ['lp', 'LP'],
  ['lpFees', t('chart.lpFees')],
] as const;

type Point = PayoffChartView['points'][number];

/** Nothing without a chart (a view without live figures, or figures too extreme to draw). */
export function PayoffChart({ chart, size }: { chart: PayoffChartView | null | undefined; size: PayoffChartSize }) {
  return chart ? <Chart chart={chart} size={size} /> : null;
}

function Chart({ chart, size }: { chart: PayoffChartView; size: PayoffChartSize }) {
  const [cursor, setCursor] = useState<number | null>(null);
  const [active, setActive] = useState(false);
  const id = useId();
  const { w, h, l, r, t: top, b } = FRAME[size];
  const n = chart.points.length;
  const i = Math.max(0, Math.min(Math.round(cursor ?? chart.start), n - 1));
  const point = chart.points[i]!;
  const { min: x0, max: x1 } = chart.xDomain;
  const { min, max } = chart.yDomain;
  const pad = (max - min) * 0.06 || Math.abs(min) * 0.01 || 1;
  const [y0, y1] = [min - pad, max + pad];
  const sx = (x: number) => l + ((x - x0) / (x1 - x0 || 1)) * (w - l - r);
  const sy = (y: number) => top + (1 - (y - y0) / (y1 - y0)) * (h - top - b);
  const path = (key: 'lp' | 'hodl' | 'lpFees') =>
    chart.points.map((p, k) => `${k ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p[key]).toFixed(1)}`).join('');
  const priceOf = (p: { at: string }) => (chart.unit ? `${p.at} ${chart.unit}` : p.at);
  const move = (to: number) => setCursor(Math.max(0, Math.min(n - 1, to)));
  const keys: Record<string, () => void> = {
    ArrowRight: () => move(i + 1),
    ArrowUp: () => move(i + 1),
    ArrowLeft: () => move(i - 1),
    ArrowDown: () => move(i - 1),
    PageUp: () => move(i + 5),
    PageDown: () => move(i - 5),
    Home: () => move(0),
    End: () => move(n - 1),
  };
  const nearest = (e: PointerEvent) => {
    const box = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
    const px = ((e.clientX - box.left) / (box.width || 1)) * w;
    let best = 0;
    chart.points.forEach((p, k) => {
      if (Math.abs(sx(p.x) - px) < Math.abs(sx(chart.points[best]!.x) - px)) best = k;
    });
    setCursor(best);
    setActive(true);
  };
  const bottom = h - b;
  return (
    <figure class={`lens-chart lens-chart-${size}`} data-testid="payoff-chart" data-size={size}>
      <figcaption class="lens-chart-title">{chart.title}</figcaption>
      <div
        class="lens-chart-plot"
        tabIndex={0}
        role="slider"
        aria-label={t('chart.slider', { axis: chart.xLabel })}
        aria-valuemin={0}
        aria-valuemax={n - 1}
        aria-valuenow={i}
        aria-valuetext={priceOf(point)}
        aria-describedby={`${id}-readout`}
        data-testid="payoff-plot"
        onFocus={() => setActive(true)}
        onBlur={() => setActive(false)}
        onKeyDown={(e) => {
          const key = keys[e.key];
          if (!key) return;
          e.preventDefault();
          setActive(true);
          key();
        }}
      >
        <svg
          viewBox={`0 0 ${w} ${h}`}
          aria-hidden="true"
          focusable="false"
          onPointerMove={nearest}
          onPointerDown={nearest}
          onPointerLeave={(e) => {
            if (e.currentTarget.parentElement !== document.activeElement) setActive(false);
          }}
        >
          {chart.band && (
            <rect
              class="lens-chart-band"
              x={sx(chart.band.from)}
              y={top}
              width={Math.max(1, sx(chart.band.to) - sx(chart.band.from))}
              height={bottom - top}
            />
          )}
          {chart.yTicks.map((tick) => (
            <g key={`y${tick.y}`}>
              <line class="lens-chart-grid" x1={l} x2={w - r} y1={sy(tick.y)} y2={sy(tick.y)} />
              <text class="lens-chart-tick" x={l - 4} y={sy(tick.y) + 3} text-anchor="end">
                {tick.label}
              </text>
            </g>
          ))}
          {chart.xTicks.map((tick) => {
            // A label at either end of the axis is anchored inwards, so it is not cut off.
            const at = sx(tick.x);
            const anchor = at > w - r - 16 ? 'end' : at < l + 16 ? 'start' : 'middle';
            return (
              <text key={`x${tick.x}`} class="lens-chart-tick" x={at} y={h - 6} text-anchor={anchor}>
                {tick.label}
              </text>
            );
          })}
          <line class="lens-chart-axis" x1={l} x2={w - r} y1={bottom} y2={bottom} />
          {chart.marks.map((mark) => (
            <line
              key={mark.id}
              class={`lens-chart-mark lens-chart-mark-${mark.id.replace(/-(low|high|down|up)$/, '')}`}
              x1={sx(mark.x)}
              x2={sx(mark.x)}
              y1={top}
              y2={bottom}
            />
          ))}
          {LINES.map(([key]) => (
            <path key={key} class={`lens-chart-line lens-chart-${key}`} d={path(key)} />
          ))}
          {active && (
            <g class="lens-chart-cursor" data-testid="payoff-cursor">
              <line x1={sx(point.x)} x2={sx(point.x)} y1={top} y2={bottom} />
              {LINES.map(([key]) => (
                <circle
                  key={key}
                  class={`lens-chart-dot lens-chart-${key}`}
                  cx={sx(point.x)}
                  cy={sy(point[key])}
                  r={3}
                />
              ))}
            </g>
          )}
        </svg>
      </div>
      <p class="lens-chart-key" aria-hidden="true">
        {LINES.map(([key, name]) => (
          <span key={key} class={`lens-chart-swatch lens-chart-${key}`}>
            {name}
          </span>
        ))}
        {chart.band && <span class="lens-chart-swatch lens-chart-band-key">{t('chart.range')}</span>}
        <span class="lens-chart-swatch lens-chart-key-break-even">{t('chart.breakEven')}</span>
      </p>
      <p class="lens-chart-readout" id={`${id}-readout`} aria-live="polite" data-testid="payoff-readout">
        <Readout point={point} price={priceOf(point)} />
      </p>
      <p class="lens-muted lens-chart-marks" data-testid="payoff-marks">
        {marksText(chart)}
      </p>
      <details class="lens-chart-data" data-testid="payoff-data">
        <summary>{t('chart.table')}</summary>
        <table class="lens-table">
          <thead>
            <tr>
              <th scope="col">{chart.xLabel}</th>
              <th scope="col">LP</th>
              <th scope="col">HODL</th>
              <th scope="col">{t('chart.lpFees')}</th>
              <th scope="col">{t('chart.il')}</th>
            </tr>
          </thead>
          <tbody>
            {chart.points.map((p) => (
              <tr key={p.x}>
                <th scope="row">{p.at}</th>
                <td>{p.lpUsd}</td>
                <td>{p.hodlUsd}</td>
                <td>{p.lpFeesUsd}</td>
                <td>
                  {p.ilUsd} ({p.il})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Readout({ point: p, price }: { point: Point; price: string }) {
  return (
    <>
      {t('chart.at')} <strong data-testid="payoff-readout-price">{price}</strong>
      {t('chart.colon')}LP <span data-testid="payoff-readout-lp">{p.lpUsd}</span>
      {t('chart.comma')}HODL <span data-testid="payoff-readout-hodl">{p.hodlUsd}</span>
      {t('chart.comma')}
      {t('chart.lpFees')} <span data-testid="payoff-readout-lp-fees">{p.lpFeesUsd}</span>
      {t('chart.comma')}
      {t('chart.il')} <span data-testid="payoff-readout-il-usd">{p.ilUsd}</span> (
      <span data-testid="payoff-readout-il">{p.il}</span>)
    </>
  );
}

/** "Now 2,000 · range 1,500 – 2,500 · break-even 1,142 and 3,096 USDC per WETH". */
function marksText(chart: PayoffChartView): string {
  const at = (id: string) => chart.marks.find((m) => m.id === id)?.at;
  const parts: string[] = [];
  const now = at('now');
  if (now) parts.push(t('chart.markNow', { price: now }));
  const low = at('range-low');
  const high = at('range-high');
  if (low && high) parts.push(t('chart.markRange', { low, high }));
  const even = [at('break-even-down'), at('break-even-up')].filter(Boolean);
  parts.push(
    even.length > 0 ? t('chart.markBreakEven', { prices: even.join(t('chart.and')) }) : t('chart.noBreakEven'),
  );
  return `${parts.join(' · ')}${chart.unit ? ` ${chart.unit}` : ''}`;
}
