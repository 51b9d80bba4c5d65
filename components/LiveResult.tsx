import type { LookupPoolResponse } from '../lib/messages/pool-data';
import { liveAnalysis, type DepegIl } from '../lib/present/live-analysis';
import { AnalysisView } from './AnalysisView';
import { move as moveText, percent } from '../lib/present/format';
import type { KnownAboutPool } from '../lib/present/pool-kind';
import { Decimal, pairForDisplay, type ChainId } from '../core/index';
import { chainName } from '../lib/present/labels';
import { quotedPrice } from '../lib/present/orientation';
import { useState } from 'preact/hooks';
import { valuesFromLive, type FormValues } from '../lib/present/calculator-model';
import { Calculator } from './Calculator';
import { Verdict } from './Verdict';
import { RiskExtras } from './RiskExtras';
import { WarningList } from './WarningList';
import { say, t, type Said } from '../lib/i18n/index';

/** A live lookup's outcome in the popup: the full analysis with sources and ages, or why there is none. */
/** `page`: what the tab's URL and page say about the pool, when the lookup came from a page. */
export function LiveResult({
  response,
  depositUsd,
  page,
  now,
}: {
  response: LookupPoolResponse;
  depositUsd: string;
  page: Omit<KnownAboutPool, 'snapshot'>;
  now: number;
}) {
  if (response.status === 'unresolved') {
    return (
      <p class="lens-muted" data-testid="lookup-unresolved">
        {say(response.reason)}
      </p>
    );
  }
  if (response.status === 'unavailable') {
    return (
      <div data-testid="lookup-unavailable">
        <p>{t('lookup.unavailable')}</p>
        <Notes notes={response.notes} />
      </div>
    );
  }
  const { snapshot } = response;
  // A position page's lookup carries the position read on chain: analyse that, as the overlay does.
  const live = liveAnalysis(
    snapshot,
    { depositUsd, horizonDays: '30', page, ...(response.position ? { position: response.position } : {}) },
    now,
  );
  const name = pairForDisplay(snapshot.figures.symbol0, snapshot.figures.symbol1) ?? snapshot.address;
  return (
    <div data-testid="lookup-result">
      <Verdict live={live} name={name} />
      <p class="lens-muted">
        <span data-testid="lookup-pool-name">{name}</span>{' '}
        {t('lookup.onChain', { chain: chainName(snapshot.chain as ChainId) })}
      </p>
      {live.positionFees && (
        <p class="lens-muted">
          {t('overlay.uncollectedFees')} <strong data-testid="lookup-uncollected-fees">{live.positionFees.text}</strong>{' '}
          {live.positionFees.source ?? t('overlay.noSource')}
        </p>
      )}
      <ul class="lens-assumptions" data-testid="lookup-sources" aria-label={t('lookup.sources')}>
        {live.sources.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Notes notes={[...live.cautions, ...response.notes, ...live.missing]} />
      {live.depeg ? <DepegTable depeg={live.depeg} /> : null}
      {live.analysis ? (
        <AnalysisView
          analysis={live.analysis}
          source={
            live.projectionVolume
              ? t('lookup.analysisSourceVolume', {
                  position: live.positionLabel ?? '',
                  volume: live.projectionVolume.label,
                })
              : t('lookup.analysisSource', { position: live.positionLabel ?? '' })
          }
          showRange={!live.fullRangeStandIn}
          symbols={snapshot.figures}
          current={
            live.orientation && snapshot.figures.price
              ? {
                  value: quotedPrice(live.orientation, new Decimal(snapshot.figures.price)),
                  unit: live.orientation.unit,
                }
              : null
          }
          {...(live.projectionVolume ? { volumeLabel: live.projectionVolume.label } : {})}
          moreWarnings={live.extras.warnings}
        />
      ) : live.poolFeeApr ? (
        <p data-testid="pool-fee-apr-only">
          {t('lookup.poolFeeAprOnly')} <strong data-testid="pool-fee-apr">{percent(live.poolFeeApr)}</strong>
        </p>
      ) : null}
      <RiskExtras view={live.extras}>{live.analysis ? null : <WarningList report={live.extras.warnings} />}</RiskExtras>
      <WhatIf start={() => valuesFromLive(snapshot, live, depositUsd)} />
    </div>
  );
}

/** The calculator under a pool's live verdict, built only when opened: closed, it shows no second verdict. */
function WhatIf({ start }: { start: () => FormValues }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="lens-whatif" data-testid="what-if" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('lookup.whatIf')}</summary>
      {open && <Calculator initial={start()} />}
    </details>
  );
}

/** A stableswap pool of three or more coins: the IL when one coin leaves the peg, as the overlay shows it. */
function DepegTable({ depeg }: { depeg: DepegIl }) {
  return (
    <div data-testid="lookup-depeg">
      <p class="lens-muted">{t('overlay.ilTitle', { moves: depeg.moves, basis: depeg.basis })}</p>
      <table class="lens-table">
        <tbody>
          <tr>
            {depeg.rows.map((row) => (
              <th scope="col" key={row.move.toString()}>
                {moveText(row.move)}
              </th>
            ))}
          </tr>
          <tr>
            {depeg.rows.map((row) => (
              <td key={row.move.toString()} data-testid={`lookup-depeg-${row.move.toString()}`}>
                {percent(row.il)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Notes from the worker (message keys with parameters) and from the analysis (already said), in the UI's language. */
function Notes({ notes: said }: { notes: Said[] }) {
  if (said.length === 0) return null;
  const notes = said.map(say);
  return (
    <ul class="lens-assumptions lens-notes" data-testid="lookup-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
