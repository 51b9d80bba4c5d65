/**
 * The JSON-RPC hosts a user may switch to, by name: the default public endpoints (granted at install) and
 * the major RPC providers (asked for, one origin at a time, when the user picks one). No wildcard host:
 * a self-hosted node is not supported, which keeps the permission list reviewable.
 */
export const DEFAULT_RPC_HOSTS = [
  'ethereum-rpc.publicnode.com',
  'base-rpc.publicnode.com',
  'arbitrum-one-rpc.publicnode.com',
  'optimism-rpc.publicnode.com',
  'polygon-bor-rpc.publicnode.com',
  'bsc-rpc.publicnode.com',
] as const;

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
