import { chainName } from '../lib/present/labels';
import { useEffect, useState } from 'preact/hooks';
import { rpcUrls, saveRpcUrl, type HostPermissions, type RpcUrls } from '../lib/settings/rpc';
import { DEFAULT_RPC_URLS } from '../lib/settings/rpc-hosts';
import { depositSize } from '../lib/settings/items';
import { positive, LpInputError, type ChainId } from '../core/index';
import { humanInputError } from '../lib/present/input-errors';
import { t } from '../lib/i18n/index';

export interface SettingsProps {
  /** The browser's host permissions, for user-chosen RPC hosts. */
  permissions: HostPermissions;
}

/** The user's deposit size for the overlay and the JSON-RPC endpoint per chain. */
export function Settings({ permissions }: SettingsProps) {
  const [deposit, setDeposit] = useState('');
  const [urls, setUrls] = useState<RpcUrls>({});
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void depositSize.getValue().then((size) => setDeposit(size.usd));
    void rpcUrls.getValue().then(setUrls);
  }, []);

  const saveDeposit = async () => {
    try {
      await depositSize.setValue({ usd: positive(deposit, 'deposit').toString() });
      setMessage(t('settings.depositSaved'));
    } catch (e) {
      if (!(e instanceof LpInputError)) throw e;
      setMessage(humanInputError(e, { name: t('settings.depositName') }));
    }
  };
  const saveRpc = async (chain: ChainId, text: string) => {
    setMessage(await saveRpcUrl(chain, text, permissions));
    setUrls(await rpcUrls.getValue());
  };

  return (
    <section class="lens-section" data-testid="settings" aria-label={t('settings.label')}>
      <form
        class="lens-form"
        onSubmit={(e) => {
          e.preventDefault();
          void saveDeposit();
        }}
      >
        <label class="lens-field">
          <span>
            {t('settings.deposit')} <small>(USD)</small>
          </span>
          <input
            type="text"
            inputMode="decimal"
            data-testid="settings-deposit"
            value={deposit}
            onInput={(e) => setDeposit(e.currentTarget.value)}
          />
        </label>
        <SaveButton />
      </form>
      <p class="lens-muted">{t('settings.rpcIntro')}</p>
      {(Object.entries(DEFAULT_RPC_URLS) as [ChainId, string][]).map(([chain, fallback]) => (
        <RpcField
          key={chain}
          chain={chain}
          value={urls[chain] ?? ''}
          placeholder={fallback}
          onSave={(text) => void saveRpc(chain, text)}
        />
      ))}
      {message && (
        <p class="lens-muted" role="status" data-testid="settings-message">
          {message}
        </p>
      )}
    </section>
  );
}

function RpcField({
  chain,
  value,
  placeholder,
  onSave,
}: {
  chain: ChainId;
  value: string;
  placeholder: string;
  onSave(text: string): void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <form
      class="lens-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <label class="lens-field">
        <span>{chainName(chain)}</span>
        <input
          type="url"
          data-testid={`rpc-${chain}`}
          value={text}
          placeholder={placeholder}
          spellcheck={false}
          onInput={(e) => setText(e.currentTarget.value)}
        />
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
      <button type="submit">{t('settings.save')}</button>
    </div>
  );
}
