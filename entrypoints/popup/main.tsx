import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Calculator } from '../../components/Calculator';
import { CurrentTab, type TabLookup } from '../../components/CurrentTab';
import { PagePoolResponseSchema, getPagePoolRequest } from '../../lib/messages/page';
import { parseMessage } from '../../lib/messages/parse';
import {
  LookupPoolResponseSchema,
  type LookupPoolRequest,
  type LookupPoolResponse,
} from '../../lib/messages/pool-data';
import { isDismissed, recentLookups, rememberLookup, setDismissed, type RecentLookup } from '../../lib/settings/items';
import { depositUsdSetting } from '../../lib/settings/deposit';
import { Lookup } from '../../components/Lookup';
import { Settings } from '../../components/Settings';
import { LiveResult } from '../../components/LiveResult';
import { detectPoolPage, setNumberLocale } from '../../core/index';
import { valuesFromLive, valuesFromPage, type FormValues } from '../../lib/present/calculator-model';
import { liveAnalysis } from '../../lib/present/live-analysis';
import { Tabs } from '../../components/Tabs';
import '../../components/lens.css';
import './popup.css';
import { t, uiLocale, textLocale } from '../../lib/i18n/index';

/** Asks the active tab's content script which pool it shows; no content script there means no DEX page. */
async function lookUpActiveTab(): Promise<TabLookup> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { state: 'no-page' };
  try {
    const response = parseMessage(PagePoolResponseSchema, await browser.tabs.sendMessage(tab.id, getPagePoolRequest()));
    if (!response) return { state: 'no-page' };
    const host = new URL(response.url).host;
    return { state: 'page', url: response.url, facts: response.facts, dismissedHere: await isDismissed(host) };
  } catch {
    return { state: 'no-page' };
  }
}

/** Live data from the service worker; a worker that fails to answer becomes a clear 'unavailable'. */
async function lookUpPool(target: LookupPoolRequest['target']): Promise<LookupPoolResponse> {
  try {
    const response = parseMessage(
      LookupPoolResponseSchema,
      await browser.runtime.sendMessage({ type: 'lens:lookup-pool', target }),
    );
    return (
      response ?? {
        type: 'lens:pool-lookup',
        status: 'unavailable',
        notes: [t('popup.wrongShape')],
      }
    );
  } catch {
    return { type: 'lens:pool-lookup', status: 'unavailable', notes: [t('popup.unreachable')] };
  }
}

function Popup() {
  const [lookup, setLookup] = useState<TabLookup>({ state: 'loading' });
  const [tabLive, setTabLive] = useState<LookupPoolResponse | null>(null);
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  const [depositUsd, setDepositUsd] = useState('1000');
  const refresh = () =>
    void lookUpActiveTab().then((result) => {
      setLookup(result);
      setTabLive(null);
      if (result.state === 'page' && detectPoolPage(result.url)) void lookUpPool({ url: result.url }).then(setTabLive);
    });
  useEffect(() => {
    refresh();
    void recentLookups.getValue().then(setRecent);
    void depositUsdSetting().then(setDepositUsd);
  }, []);
  const tabRef = lookup.state === 'page' ? detectPoolPage(lookup.url) : null;
  const page = { ref: tabRef, ...(lookup.state === 'page' ? { facts: lookup.facts } : {}) };
  // One verdict per pool: with live figures for the tab's pool, the calculator starts from them.
  const calculatorStart = (): FormValues | undefined => {
    if (tabLive?.status === 'ok')
      return valuesFromLive(
        tabLive.snapshot,
        liveAnalysis(tabLive.snapshot, { depositUsd, horizonDays: '30', page }, Date.now()),
        depositUsd,
      );
    return lookup.state === 'page' && tabRef ? valuesFromPage(lookup.url, lookup.facts) : undefined;
  };
  const thisTab = () => (
    <>
      <CurrentTab
        lookup={lookup}
        onRefresh={refresh}
        onRestoreOverlay={() => {
          if (lookup.state !== 'page') return;
          void setDismissed(new URL(lookup.url).host, false).then(refresh);
        }}
      />
      {tabLive && (
        <section class="lens-section" aria-label={t('popup.liveForTab')} data-testid="tab-live">
          <LiveResult response={tabLive} depositUsd={depositUsd} page={page} now={Date.now()} />
        </section>
      )}
    </>
  );
  return (
    <main class="lens-root lens-popup">
      <h1>LP Risk Lens</h1>
      <Tabs
        label={t('popup.views')}
        tabs={[
          { id: 'this-tab', label: t('popup.tabThisTab'), content: thisTab },
          {
            id: 'lookup',
            label: t('popup.tabLookUp'),
            content: () => (
              <Lookup
                lookUp={lookUpPool}
                recent={recent}
                depositUsd={depositUsd}
                onLookedUp={(entry) =>
                  void rememberLookup(entry)
                    .then(() => recentLookups.getValue())
                    .then(setRecent)
                }
              />
            ),
          },
          {
            id: 'calculator',
            label: t('popup.tabCalculator'),
            content: () => (
              <section class="lens-section" aria-label={t('popup.tabCalculator')} data-testid="calculator">
                <p class="lens-muted">{t('popup.calculatorIntro')}</p>
                <Calculator
                  key={`${lookup.state === 'page' ? lookup.url : 'manual'}:${tabLive?.status ?? ''}`}
                  initial={calculatorStart()}
                />
              </section>
            ),
          },
          {
            id: 'settings',
            label: t('popup.tabSettings'),
            content: () => (
              <Settings
                permissions={{
                  request: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
                  release: (origin) => browser.permissions.remove({ origins: [`${origin}/*`] }),
                }}
              />
            ),
          },
        ]}
      />
    </main>
  );
}

// The language the messages are in (not the browser's, which may have no locale file): fonts and screen readers follow it.
document.documentElement.lang = t('ext.lang');
// Figures in the browser's UI locale ("1.234,56" in de-DE), set before the first render.
setNumberLocale(uiLocale(), textLocale());
render(<Popup />, document.getElementById('app')!);
