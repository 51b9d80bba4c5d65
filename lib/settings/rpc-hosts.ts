/**
 * The JSON-RPC hosts a user may switch to, by name: the default public endpoints (granted at install) and
 * the major RPC providers (asked for, one origin at a time, when the user picks one). No wildcard host:
 * a self-hosted node is not supported, which keeps the permission list reviewable.
 */
import type { ChainId } from '../../core/index';

/** Key-less public endpoints (granted in the manifest); the user can replace any of them. */
export const DEFAULT_RPC_URLS: Partial<Record<ChainId, string>> = {
  ethereum: 'https://ethereum-rpc.publicnode.com',
  base: 'https://base-rpc.publicnode.com',
  arbitrum: 'https://arbitrum-one-rpc.publicnode.com',
  optimism: 'https://optimism-rpc.publicnode.com',
  polygon: 'https://polygon-bor-rpc.publicnode.com',
  bsc: 'https://bsc-rpc.publicnode.com',
};

export const DEFAULT_RPC_HOSTS: readonly string[] = Object.values(DEFAULT_RPC_URLS).map((url) => new URL(url!).host);

/** Match patterns (`*.` = any subdomain) for the optional permission. */
export const OPTIONAL_RPC_HOST_PATTERNS = [
  '*.publicnode.com',
  '*.alchemy.com',
  '*.infura.io',
  '*.quiknode.pro',
  'rpc.ankr.com',
  '*.llamarpc.com',
  '*.drpc.org',
  '*.blastapi.io',
  '*.chainstack.com',
  'cloudflare-eth.com',
  'mainnet.base.org',
  'arb1.arbitrum.io',
  'mainnet.optimism.io',
  'polygon-rpc.com',
  'bsc-dataseed.binance.org',
] as const;

/** Whether a hostname is covered by one of the optional RPC patterns. */
export function isAllowedRpcHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return OPTIONAL_RPC_HOST_PATTERNS.some((pattern) =>
    pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern,
  );
}
