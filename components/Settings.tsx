import { useEffect, useState } from 'preact/hooks';
import { rpcUrls, validRpcUrl } from '../lib/settings/rpc';
import { DEFAULT_RPC_URLS, OPTIONAL_RPC_HOST_PATTERNS } from '../lib/settings/rpc-hosts';
import { defaultDepositUsd } from '../lib/settings/items';
import { positive, LpInputError } from '../core/index';

export interface SettingsProps {
  /** Asks the browser for access to a user-chosen RPC host; resolves false if the user declines. */
  requestHost(origin: string): Promise<boolean>;
}

/** The user's deposit size for the overlay and the JSON-RPC endpoint per chain. */
export function Settings({ requestHost }: SettingsProps) {
  const [deposit, setDeposit] = useState('');
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void defaultDepositUsd.getValue().then(setDeposit);
    void rpcUrls.getValue().then(setUrls);
  }, []);

  const saveDeposit = async () => {
    try {
      await defaultDepositUsd.setValue(positive(deposit, 'deposit').toString());
      setMessage('Deposit saved.');
    } catch (e) {
      if (!(e instanceof LpInputError)) throw e;
      setMessage(`Deposit ${e.message.slice(e.field.length + 2)}.`);
    }
  };
  const saveRpc = async (chain: string, text: string) => {
    if (text.trim() === '') {
      const next = { ...urls };
      delete next[chain];
      await rpcUrls.setValue(next);
      setUrls(next);
      setMessage(`${chain}: back to the public default.`);
      return;
    }
    const url = validRpcUrl(text);
    if (!url) return setMessage(`${chain}: an RPC URL must be https, without a user name or password, at a known provider (${OPTIONAL_RPC_HOST_PATTERNS.join(', ')}).`);
    if (!(await requestHost(new URL(url).origin))) return setMessage(`${chain}: access to ${new URL(url).host} was not granted.`);
    const next = { ...urls, [chain]: url };
    await rpcUrls.setValue(next);
    setUrls(next);
    setMessage(`${chain}: using ${new URL(url).host}.`);
  };

  return (
    <details class="lens-section" data-testid="settings">
      <summary>Settings</summary>
      <form class="lens-form" onSubmit={(e) => (e.preventDefault(), void saveDeposit())}>
        <label class="lens-field">
          <span>Deposit the overlay sizes for <small>(USD)</small></span>
          <input type="text" inputMode="decimal" data-testid="settings-deposit" value={deposit} onInput={(e) => setDeposit(e.currentTarget.value)} />
        </label>
        <SaveButton />
      </form>
      <p class="lens-muted">JSON-RPC endpoint per chain (empty = public default). A new host asks for your permission once.</p>
      {Object.entries(DEFAULT_RPC_URLS).map(([chain, fallback]) => (
        <RpcField key={chain} chain={chain} value={urls[chain] ?? ''} placeholder={fallback ?? ''} onSave={(text) => void saveRpc(chain, text)} />
      ))}
      {message && <p class="lens-muted" role="status" data-testid="settings-message">{message}</p>}
    </details>
  );
}

function RpcField({ chain, value, placeholder, onSave }: { chain: string; value: string; placeholder: string; onSave(text: string): void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <form class="lens-form" onSubmit={(e) => (e.preventDefault(), onSave(text))}>
      <label class="lens-field">
        <span>{chain}</span>
        <input type="url" data-testid={`rpc-${chain}`} value={text} placeholder={placeholder} spellcheck={false} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <SaveButton />
    </form>
  );
}

/** A submit button aligned with the input beside it in the two-column form grid. */
function SaveButton() {
  return (
    <div class="lens-field">
      <span>&nbsp;</span>
      <button type="submit">Save</button>
    </div>
  );
}
