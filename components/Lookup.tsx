import { useState } from 'preact/hooks';
import { CHAIN_IDS, detectPoolPage, pairForDisplay, type PoolPageRef } from '../core/index';
import type { LookupPoolRequest, LookupPoolResponse } from '../lib/messages/pool-data';
import type { RecentLookup } from '../lib/settings/items';
import { LiveResult } from './LiveResult';
import { t } from '../lib/i18n/index';
import { chainName } from '../lib/present/labels';

export interface LookupProps {
  /** Sends the request to the service worker and returns its validated answer. */
  lookUp(target: LookupPoolRequest['target']): Promise<LookupPoolResponse>;
  recent: RecentLookup[];
  onLookedUp(entry: RecentLookup): void;
  depositUsd: string;
}

/** Look up any pool by its DEX or aggregator URL, or by chain and address. */
export function Lookup({ lookUp, recent, onLookedUp, depositUsd }: LookupProps) {
  const [query, setQuery] = useState('');
  const [chain, setChain] = useState('ethereum');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ response: LookupPoolResponse; ref: PoolPageRef | null; at: number } | null>(
    null,
  );

  const run = async (target: LookupPoolRequest['target']) => {
    setBusy(true);
    try {
      const response = await lookUp(target);
      const ref = 'url' in target ? detectPoolPage(target.url) : null;
      setResult({ response, ref, at: Date.now() });
      if (response.status === 'ok') {
        const f = response.snapshot.figures;
        const pair = pairForDisplay(f.symbol0, f.symbol1);
        const label = pair
          ? `${pair} (${response.snapshot.chain})`
          : `${response.snapshot.address.slice(0, 10)}… (${response.snapshot.chain})`;
        // Keyed by the pool found, so a URL and an address of the same pool make one entry.
        onLookedUp({ label, target: { chain: response.snapshot.chain, address: response.snapshot.address } });
      }
    } finally {
      setBusy(false);
    }
  };
  const submit = () => {
    const text = query.trim();
    if (text === '') return;
    void run(/^https?:\/\//i.test(text) ? { url: text } : { chain, address: text });
  };

  return (
    <section class="lens-section" aria-label={t('lookup.label')} data-testid="lookup">
      <h2>{t('lookup.label')}</h2>
      <form
        class="lens-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label class="lens-field lens-wide">
          <span>{t('lookup.queryLabel')}</span>
          <input
            type="text"
            data-testid="lookup-query"
            value={query}
            spellcheck={false}
            autoComplete="off"
            placeholder="https://app.uniswap.org/explore/pools/… or 0x…"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
        <label class="lens-field">
          <span>{t('lookup.chainLabel')}</span>
          <select data-testid="lookup-chain" value={chain} onChange={(e) => setChain(e.currentTarget.value)}>
            {CHAIN_IDS.map((id) => (
              <option key={id} value={id}>
                {chainName(id)}
              </option>
            ))}
          </select>
        </label>
        <div class="lens-field">
          <span>&nbsp;</span>
          <button type="submit" data-testid="lookup-submit" disabled={busy}>
            {busy ? t('lookup.busy') : t('lookup.submit')}
          </button>
        </div>
      </form>
      {recent.length > 0 && (
        <p class="lens-muted">
          {t('lookup.recent')}{' '}
          {recent.map((entry, i) => (
            <span key={entry.label + i}>
              {i > 0 && ' · '}
              <button
                type="button"
                class="lens-link"
                data-testid="recent-lookup"
                onClick={() => void run(entry.target)}
              >
                {entry.label}
              </button>
            </span>
          ))}
        </p>
      )}
      {result && (
        <LiveResult response={result.response} page={{ ref: result.ref }} depositUsd={depositUsd} now={result.at} />
      )}
    </section>
  );
}
