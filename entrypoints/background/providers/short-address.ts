/** "0x12ab…9f3c": an address as label text, where a source names a token by address only and no symbol is known. */
export function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}
