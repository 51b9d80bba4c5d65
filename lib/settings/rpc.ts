/** The user's JSON-RPC endpoint per chain, replacing the public default (extension storage). */
import { storage } from '#imports';
import type { ChainId } from '../../core/index';
import { isAllowedRpcHost } from './rpc-hosts';

/** Key-less public endpoints (named in the manifest's host permissions); the user can replace any of them. */
export const DEFAULT_RPC_URLS: Partial<Record<ChainId, string>> = {
  ethereum: 'https://ethereum-rpc.publicnode.com',
  base: 'https://base-rpc.publicnode.com',
  arbitrum: 'https://arbitrum-one-rpc.publicnode.com',
  optimism: 'https://optimism-rpc.publicnode.com',
  polygon: 'https://polygon-bor-rpc.publicnode.com',
  bsc: 'https://bsc-rpc.publicnode.com',
};

export const rpcUrls = storage.defineItem<Record<string, string>>('local:lens:rpcUrls', { fallback: {}, version: 1 });

/** Only https endpoints of the named RPC providers; the string is the user's, so it is checked, not trusted. */
export function validRpcUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    const ok = url.protocol === 'https:' && url.username === '' && url.password === '' && isAllowedRpcHost(url.hostname);
    return ok ? url.toString() : null;
  } catch {
    return null;
  }
}
