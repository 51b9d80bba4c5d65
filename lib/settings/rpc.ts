/** The user's JSON-RPC endpoint per chain, replacing the public default (extension storage). */
import * as v from 'valibot';
import { CHAIN_IDS } from '../../core/index';
import { checkedItem } from './checked-item';
import { DEFAULT_RPC_HOSTS, OPTIONAL_RPC_HOST_PATTERNS, isAllowedRpcHost } from './rpc-hosts';
import { t } from '../i18n/index';

/** Only https endpoints of the named RPC providers; the string is the user's, so it is checked, not trusted. */
export function validRpcUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    const ok =
      url.protocol === 'https:' && url.username === '' && url.password === '' && isAllowedRpcHost(url.hostname);
    return ok ? url.toString() : null;
  } catch {
    return null;
  }
}

const RpcUrlsSchema = v.record(
  v.picklist(CHAIN_IDS),
  v.pipe(
    v.string(),
    v.maxLength(500),
    v.check((text) => validRpcUrl(text) === text),
  ),
);
export type RpcUrls = v.InferOutput<typeof RpcUrlsSchema>;

/** v2: entries for unknown chains, or URLs the extension would refuse today, are dropped (v1 kept any string). */
function keepValid(old: unknown): RpcUrls {
  if (typeof old !== 'object' || old === null) return {};
  const kept = Object.entries(old).flatMap(([chain, url]) => {
    const valid = typeof url === 'string' ? validRpcUrl(url) : null;
    return valid && (CHAIN_IDS as readonly string[]).includes(chain) ? [[chain, valid]] : [];
  });
  return Object.fromEntries(kept) as RpcUrls;
}

export const rpcUrls = checkedItem('local:lens:rpcUrls', RpcUrlsSchema, {
  fallback: {},
  version: 2,
  migrations: { 2: keepValid },
});

export interface HostPermissions {
  /** Asks for access to an origin; false if the user declines. */
  request(origin: string): Promise<boolean>;
  /** Gives access to an origin back. */
  release(origin: string): Promise<unknown>;
}

const originOf = (url: string) => new URL(url).origin;

/**
 * Sets (or with empty text clears) a chain's endpoint and says what happened. A host the extension no
 * longer uses for any chain has its permission released: access granted for one endpoint does not outlive it.
 */
export async function saveRpcUrl(
  chain: (typeof CHAIN_IDS)[number],
  text: string,
  permissions: HostPermissions,
): Promise<string> {
  const before = await rpcUrls.getValue();
  const url = text.trim() === '' ? null : validRpcUrl(text);
  if (text.trim() !== '' && !url) {
    return t('settings.rpcInvalid', { chain, providers: OPTIONAL_RPC_HOST_PATTERNS.join(', ') });
  }
  if (url && !(await permissions.request(originOf(url))))
    return t('settings.rpcDenied', { chain, host: new URL(url).host });
  const after: RpcUrls = { ...before };
  if (url) after[chain] = url;
  else delete after[chain];
  await rpcUrls.setValue(after);
  const stillUsed = new Set(Object.values(after).map((u) => originOf(u!)));
  for (const origin of new Set(Object.values(before).map((u) => originOf(u!)))) {
    if (!stillUsed.has(origin) && !DEFAULT_RPC_HOSTS.includes(new URL(origin).host)) await permissions.release(origin);
  }
  return url ? t('settings.rpcUsing', { chain, host: new URL(url).host }) : t('settings.rpcDefault', { chain });
}
