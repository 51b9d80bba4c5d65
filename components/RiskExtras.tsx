import type { ComponentChildren } from 'preact';
import type { ExtrasText } from '../lib/messages/overlay';

/**
 * The liquidity-mining view: fees and rewards, token checks, getting in and out, and the net with its
 * verdict. Text only (API symbols are hostile and never become markup), in headed sections and lists so a
 * screen reader can move through it. Its warnings join the view's own list; where there is none (a popup
 * lookup without an analysis) the caller passes the list as children. It imports no core code: the overlay's
 * content script renders it too.
 */
export function RiskExtras({ view, children }: { view: ExtrasText; children?: ComponentChildren }) {
  return (
    <section class="lens-section lens-extras" aria-label={view.heading} data-testid="risk-extras">
      <h2>{view.heading}</h2>

      <h3>{view.rewardsHeading}</h3>
      <ul data-testid="extras-rewards">
        <li data-testid="extras-base-apr">{view.baseFeeApr}</li>
        {view.rewards.map((row) => (
          <li key={row.text} data-testid="extras-reward">
            {row.text}
            {row.details.length > 0 && <span class="lens-muted"> ({row.details.join('; ')})</span>}
          </li>
        ))}
        {view.rewardsNote && <li data-testid="extras-rewards-note">{view.rewardsNote}</li>}
        {view.total && <li data-testid="extras-total">{view.total}</li>}
        {view.stress && <li data-testid="extras-stress">{view.stress}</li>}
        {view.rewardRisk.map((line) => (
          <li key={line} data-testid="extras-reward-risk">
            {line}
          </li>
        ))}
      </ul>

      <h3>{view.checksHeading}</h3>
      <ul data-testid="extras-token-checks">
        {view.tokenChecks.map((row) => (
          <li key={row.text} data-status={row.status}>
            {row.text}
            {row.details.length > 0 && <span class="lens-muted"> ({row.details.join('; ')})</span>}
          </li>
        ))}
      </ul>

      <h3>{view.costsHeading}</h3>
      <ul>
        <li data-testid="extras-gas">
          {view.gas}
          {view.gasDetail && <span class="lens-muted"> ({view.gasDetail})</span>}
        </li>
        <li data-testid="extras-exit-cost">{view.exitCost}</li>
      </ul>

      <h3>{view.netHeading}</h3>
      <ul data-testid="extras-net-parts">
        {view.netParts.map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
      <p data-testid="extras-net">
        <strong>{view.netTotal}</strong>
        {view.breakEven && <span>. {view.breakEven}</span>}
      </p>
      <p data-testid="extras-verdict">{view.verdict}</p>

      {children}
    </section>
  );
}
