/** A user's RPC endpoint is used only once eth_chainId shows it serves the chain (finding 8). */
import { said } from '../../said';
import { describe, expect, it } from 'vitest';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { RpcEndpoints } from '../../../../entrypoints/background/rpc-endpoints';

function endpoints(userUrls: Record<string, string>, answer: (url: string) => Response) {
  const asked: string[] = [];
  const deps: HttpDeps = {
    now: () => 0,
    sleep: async () => {},
    random: () => 0.5,
    fetch: async (url, init) => {
      asked.push(`${String(url)} ${JSON.parse(String(init!.body)).method}`);
      return answer(String(url));
    },
  };
  return {
    rpc: new RpcEndpoints({
      http: new HttpClient(() => ({ burst: 100, perMinute: 6000 }), deps),
      userUrls: async () => userUrls,
      now: () => 0,
    }),
    asked,
  };
}
const chainIdReply = (hex: string) =>
  new Response(JSON.stringify({ jsonrpc: '2.0', id: 1, result: hex }), { status: 200 });
const ALCHEMY_BASE = 'https://base-mainnet.g.alchemy.com/v2/key';

describe('RPC endpoints', () => {
  it('no user endpoint: the public default, unchecked', async () => {
    const { rpc, asked } = endpoints({}, () => chainIdReply('0x1'));
    expect(await rpc.rpcFor('base')).toEqual({ url: 'https://base-rpc.publicnode.com' });
    expect(asked).toEqual([]);
  });

  it('a user endpoint that answers the right chain id is used, and checked once', async () => {
    const { rpc, asked } = endpoints({ base: ALCHEMY_BASE }, () => chainIdReply('0x2105'));
    expect(await rpc.rpcFor('base')).toEqual({ url: ALCHEMY_BASE });
    expect(await rpc.rpcFor('base')).toEqual({ url: ALCHEMY_BASE });
    expect(asked).toEqual([`${ALCHEMY_BASE} eth_chainId`]);
  });

  it('a user endpoint of another chain is not used, and the note says which chain it serves', async () => {
    const { rpc } = endpoints({ base: ALCHEMY_BASE }, () => chainIdReply('0x1'));
    expect(said(await rpc.rpcFor('base'))).toEqual({
      url: null,
      note: 'Your RPC endpoint for Base serves chain 1, not Base (chain 8453): on-chain figures are not read until it is fixed in the settings.',
    });
  });

  it('an endpoint that cannot be reached is asked again next time', async () => {
    let up = false;
    const { rpc, asked } = endpoints({ base: ALCHEMY_BASE }, () =>
      up ? chainIdReply('0x2105') : new Response('', { status: 503 }),
    );
    expect(said((await rpc.rpcFor('base')).note)).toMatch(/could not be checked \(server error \(HTTP 503\)\)/);
    up = true;
    expect(await rpc.rpcFor('base')).toEqual({ url: ALCHEMY_BASE });
    expect(asked.length).toBeGreaterThan(1);
  });
});
