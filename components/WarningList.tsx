import type { WarningReport } from '../core/index';
import { SeverityLabel } from './SeverityLabel';

/**
 * The same hit list in popup and overlay: severity in words, the headline (the value and the limit it
 * crossed), and the sentence saying why it matters.
 */
export function WarningList({ report, limit }: { report: WarningReport; limit?: number }) {
  const hits = limit === undefined ? report.hits : report.hits.slice(0, limit);
  return (
    <section class="lens-section" aria-label="Warnings">
      <h2>Warnings</h2>
      {hits.length === 0 ? (
        <p class="lens-muted" data-testid="no-warnings">
          No rule fired for these figures.
        </p>
      ) : (
        <ul class="lens-warnings" data-testid="warnings">
          {hits.map((hit) => (
            <li
              key={hit.id}
              class={`lens-warning lens-sev-${hit.severity}`}
              data-testid={`warning-${hit.id}`}
              data-severity={hit.severity}
            >
              <strong>
                <SeverityLabel severity={hit.severity} /> {hit.title}
              </strong>
              <p>{hit.reason}</p>
            </li>
          ))}
        </ul>
      )}
      {report.skipped.length > 0 && (
        <p class="lens-muted" data-testid="skipped-rules">
          Not checked (input unknown): {report.skipped.map((s) => lowerFirst(s.title)).join('; ')}.
        </p>
      )}
    </section>
  );
}

/** "Fees against the expected loss to arbitrage (LVR)" -> "fees against … (LVR)": acronyms stay capitals. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
