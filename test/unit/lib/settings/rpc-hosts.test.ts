import { describe, expect, it } from 'vitest';
import { DEFAULT_RPC_URLS, isAllowedRpcHost } from '../../../../lib/settings/rpc-hosts';
import { PROVIDER_HOSTS } from '../../../../entrypoints/background/providers/index';

describe('RPC hosts', () => {
  it.each([
    ['eth-mainnet.g.alchemy.com', true],
    ['mainnet.infura.io', true],
    ['rpc.ankr.com', true],
    ['ethereum-rpc.publicnode.com', true],
    ['alchemy.com.evil.example', false],
    ['evilalchemy.com', false],
    ['my-node.example', false],
    ['ankr.com', false],
  ])('%s -> %s', (host, allowed) => {
    expect(isAllowedRpcHost(host)).toBe(allowed);
  });
  it("every default endpoint is one of the hosts the manifest grants (the provider table's hosts)", () => {
    for (const url of Object.values(DEFAULT_RPC_URLS)) expect(PROVIDER_HOSTS).toContain(new URL(url!).host);
  });
});
