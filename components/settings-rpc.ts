/** The user's JSON-RPC endpoint per chain, replacing the public default (extension storage). */
import { storage } from '#imports';

export const rpcUrls = storage.defineItem<Record<string, string>>('local:lens:rpcUrls', { fallback: {}, version: 1 });

/** Only https endpoints; the string is the user's, so it is checked, not trusted. */
export function validRpcUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.toString() : null;
  } catch {
    return null;
  }
}
