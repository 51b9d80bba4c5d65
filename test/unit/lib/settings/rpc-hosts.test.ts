import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isAllowedRpcHost } from '../../../../lib/settings/rpc-hosts';
import { DEFAULT_RPC_URLS } from '../../../../lib/settings/rpc';

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
  it('every default endpoint is one of the hosts the manifest grants', () => {
    const config = readFileSync(new URL('../../../../lib/settings/rpc-hosts.ts', import.meta.url), 'utf8');
    for (const url of Object.values(DEFAULT_RPC_URLS)) expect(config).toContain(`'${new URL(url!).host}'`);
  });
});
