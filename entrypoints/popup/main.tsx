import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Calculator } from '../../components/Calculator';
import { CurrentTab, type TabLookup } from '../../components/CurrentTab';
import { PagePoolResponseSchema, getPagePoolRequest, parseMessage } from '../../components/messages';
import { isDismissed, setDismissed } from '../../components/settings';
import { valuesFromPage } from '../../components/calculator-model';
import '../../components/lens.css';
import './popup.css';

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

function Popup() {
  const [lookup, setLookup] = useState<TabLookup>({ state: 'loading' });
  const refresh = () => void lookUpActiveTab().then(setLookup);
  useEffect(refresh, []);
  const initial = lookup.state === 'page' ? valuesFromPage(lookup.url, lookup.facts) : undefined;
  return (
    <main class="lens-root lens-popup">
      <h1>LP Risk Lens</h1>
      <CurrentTab
        lookup={lookup}
        onRefresh={refresh}
        onRestoreOverlay={() => {
          if (lookup.state !== 'page') return;
          void setDismissed(new URL(lookup.url).host, false).then(refresh);
        }}
      />
      <p class="lens-muted">Fee share, impermanent loss and risk for a deposit, computed locally from the figures below.</p>
      <Calculator key={lookup.state === 'page' ? lookup.url : 'manual'} initial={initial} />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
