/** The user's JSON-RPC endpoint per chain, replacing the public default (extension storage). */
import { storage } from '#imports';
import { isAllowedRpcHost } from './rpc-hosts';

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
