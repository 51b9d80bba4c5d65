/** Gas: the pending base fee plus the median tip, eth_gasPrice as the fallback, the OP-stack L1 fee bound. */
import { said } from '../../../said';
import { describe, expect, it } from 'vitest';
import {
  fetchGas,
  gasPrice,
  gasPriceFromFeeHistory,
  GAS_PRICE_ORACLE,
} from '../../../../../entrypoints/background/providers/gas';
import { gasOracleFake } from '../../../../e2e/fakes/gas-oracle';
import { gasPriceFake } from '../../../../e2e/fakes/gas-price';
import type { FakeRpcMethod } from '../../../../e2e/fakes/types';
import { chainReply, scriptedClient, TRANSPORT_FAILURES } from './scripted-client';

const RPC = 'https://base-rpc.publicnode.com';
const NOW = 1_700_000_000_000;
const gwei = (n: number) => `0x${BigInt(Math.round(n * 1e9)).toString(16)}`;

const chain = (methods: FakeRpcMethod[] = [gasPriceFake]) =>
  scriptedClient((_url, body) => ({ json: chainReply(body, [gasOracleFake], methods) }));

describe('gasPriceFromFeeHistory', () => {
  it("the next block's base fee plus the median of the blocks' median tips", () => {
    // Next block 20 gwei; tips 1, 2, 1.5, 2, 3 sorted 1, 1.5, 2, 2, 3: median 2 gwei. 20 + 2 = 22 gwei.
    expect(gasPriceFromFeeHistory(gasPriceFake('eth_feeHistory', []))).toBe(22_000_000_000n);
  });

  it('an even number of blocks: the mean of the two middle tips', () => {
    // Tips 1, 2, 3, 4 gwei: (2 + 3) / 2 = 2.5 gwei; base fee 10 gwei: 12.5 gwei.
    const history = {
      baseFeePerGas: [gwei(9), gwei(9), gwei(9), gwei(9), gwei(10)],
      reward: [[gwei(4)], [gwei(1)], [gwei(3)], [gwei(2)]],
    };
    expect(gasPriceFromFeeHistory(history)).toBe(12_500_000_000n);
  });

  it.each([
    ['no object', null],
    ['one base fee only', { baseFeePerGas: [gwei(1)], reward: [[gwei(1)]] }],
    ['a decimal base fee', { baseFeePerGas: ['1', '20000000000'], reward: [[gwei(1)]] }],
    ['no rewards', { baseFeePerGas: [gwei(1), gwei(1)], reward: [] }],
    ['a tip that is not hex', { baseFeePerGas: [gwei(1), gwei(1)], reward: [['lots']] }],
  ])('%s: null', (_name, history) => expect(gasPriceFromFeeHistory(history)).toBeNull());
});

describe('fetchGas', () => {
  it('Base (OP stack): gas price 22 gwei and the L1 data fee bound of a typical transaction, in one batch', async () => {
    const http = chain();
    const result = await fetchGas(http, 'base', RPC, NOW + 8_000, () => NOW);
    expect(result).toEqual({
      ok: true,
      provider: 'gas',
      fetchedAt: NOW,
      figures: { gasPriceWei: '22000000000', l1DataFeeWei: '10000000000000', nativeSymbol: 'ETH' },
    });
    expect(http.requests).toHaveLength(1);
    const batch = http.requests[0]!.body as { method: string; params: unknown[] }[];
    expect(batch.map((r) => r.method)).toEqual(['eth_feeHistory', 'eth_gasPrice', 'eth_call']);
    // getL1FeeUpperBound(400): selector then 400 = 0x190 as one word.
    expect(batch[2]!.params[0]).toMatchObject({ to: GAS_PRICE_ORACLE, data: expect.stringMatching(/190$/) });
  });

  it('Ethereum: no L1 fee is asked for; BNB Chain says its native coin', async () => {
    const http = chain();
    const result = await fetchGas(http, 'ethereum', RPC, NOW + 8_000, () => NOW);
    expect(result.ok && result.figures).toEqual({ gasPriceWei: '22000000000', nativeSymbol: 'ETH' });
    expect((http.requests[0]!.body as unknown[]).length).toBe(2);
    const bsc = await fetchGas(chain(), 'bsc', RPC, NOW + 8_000, () => NOW);
    expect(bsc.ok && bsc.figures.nativeSymbol).toBe('BNB');
  });

  it('a node without eth_feeHistory: eth_gasPrice (25 gwei)', async () => {
    const legacyOnly: FakeRpcMethod = (method) => (method === 'eth_gasPrice' ? gasPriceFake(method, []) : undefined);
    const result = await fetchGas(chain([legacyOnly]), 'ethereum', RPC, NOW + 8_000, () => NOW);
    expect(result.ok && result.figures.gasPriceWei).toBe('25000000000');
  });

  it('a pre-Fjord oracle (the call reverts): the gas price alone', async () => {
    const http = scriptedClient((_url, body) => ({ json: chainReply(body, [], [gasPriceFake]) }));
    const result = await fetchGas(http, 'optimism', RPC, NOW + 8_000, () => NOW);
    expect(result.ok && result.figures).toEqual({ gasPriceWei: '22000000000', nativeSymbol: 'ETH' });
  });

  it.each([
    ['zero', '0x0'],
    ['absurd (1e30 wei a gas)', `0x${(10n ** 30n).toString(16)}`],
    ['not hex', 'twenty gwei'],
  ])('no fee history and a gas price that is %s: a note, no figure', async (_name, answer) => {
    const only: FakeRpcMethod = (method) => (method === 'eth_gasPrice' ? answer : undefined);
    expect(said(await fetchGas(chain([only]), 'ethereum', RPC, NOW + 8_000, () => NOW))).toEqual({
      ok: false,
      provider: 'gas',
      reason: 'the node gave no usable gas price',
    });
  });

  it('an L1 fee above 1 ETH is broken data: left out', async () => {
    const http = scriptedClient((_url, body) => ({
      json: chainReply(body, [() => `0x${(2n * 10n ** 18n).toString(16).padStart(64, '0')}`], [gasPriceFake]),
    }));
    const result = await fetchGas(http, 'base', RPC, NOW + 8_000, () => NOW);
    expect(result.ok && result.figures.l1DataFeeWei).toBeUndefined();
  });

  it.each(TRANSPORT_FAILURES)('the RPC failing (%s): a note and no figures', async (_name, problem, words) => {
    const result = await fetchGas(
      scriptedClient(() => ({ problem })),
      'base',
      RPC,
      NOW + 8_000,
      () => NOW,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && said(result.reason)).toMatch(words);
  });

  it('an answer that is not a JSON-RPC batch: a note', async () => {
    const result = await fetchGas(
      scriptedClient(() => ({ json: { oops: 1 } })),
      'base',
      RPC,
      NOW + 8_000,
      () => NOW,
    );
    expect(said(result)).toMatchObject({ ok: false, reason: 'RPC answer did not have the JSON-RPC batch shape' });
  });

  it('is kept a minute, and only asked where there is an endpoint', () => {
    expect(gasPrice.ttlMs).toBe(60_000);
    const target = { chain: 'base' as const, type: 'address' as const, address: `0x${'1'.repeat(40)}` as const };
    const ctx = { rpcUrl: null } as never;
    expect(gasPrice.covers?.(target, ctx)).toBe(false);
  });
});
