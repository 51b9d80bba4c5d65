import { said } from '../../said';
import { say } from '../../../../lib/i18n/index';
import { describe, expect, it } from 'vitest';
import { decodeFunctionData, encodeAbiParameters, parseAbi } from 'viem';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { findPairPool, pairPoolCall } from '../../../../entrypoints/background/providers/factory';

const WETH = '0x4200000000000000000000000000000000000006';
const USDC = '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913';
const ABI = parseAbi([
  'function getPool(address tokenA, address tokenB, bool stable) view returns (address)',
  'function getPool(address tokenA, address tokenB, int24 tickSpacing) view returns (address)',
]);

function rpc(result: string | undefined) {
  const deps: HttpDeps = {
    now: () => 0,
    sleep: async () => {},
    random: () => 0.5,
    fetch: async () => new Response(JSON.stringify([{ jsonrpc: '2.0', id: 0, result }])),
  };
  return new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
}

describe('finding a pool from a pair (Aerodrome factories on Base)', () => {
  it('volatile and stable pairs ask the basic factory with the stable flag', () => {
    const call = pairPoolCall('aerodrome', 'base', { type: 'pair', token0: WETH, token1: USDC, stable: false });
    if ('reason' in call) throw new Error(say(call.reason));
    expect(call.to).toBe('0x420dd381b31aef6683db6b902084cb0ffece40da');
    expect(decodeFunctionData({ abi: ABI, data: call.data }).args).toEqual([
      WETH,
      '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
      false,
    ]);
  });
  it('a concentrated pair asks the Slipstream factory with its tick spacing; native ETH means WETH', () => {
    const call = pairPoolCall('aerodrome', 'base', { type: 'pair', token0: 'native', token1: USDC, tickSpacing: 100 });
    if ('reason' in call) throw new Error(say(call.reason));
    expect(call.to).toBe('0x5e7bb104d84c7cb9b682aac2f3d509f5f406809a');
    expect(decodeFunctionData({ abi: ABI, data: call.data }).args).toEqual([
      WETH,
      '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
      100,
    ]);
  });
  it('says plainly when it cannot: unknown pool type, or a DEX without a known factory', () => {
    expect(said(pairPoolCall('aerodrome', 'base', { type: 'pair', token0: WETH, token1: USDC }))).toEqual({
      reason: expect.stringMatching(/does not say which/),
    });
    expect(said(pairPoolCall('lfj', 'avalanche', { type: 'pair', token0: WETH, token1: USDC, binStep: 20 }))).toEqual({
      reason: expect.stringMatching(/not supported yet/),
    });
  });
  it('reads the pool address, and treats the zero address as no pool', async () => {
    const call = { to: '0x420dd381b31aef6683db6b902084cb0ffece40da', data: '0x79bc57d5' as const };
    const pool = encodeAbiParameters([{ type: 'address' }], ['0xcDAC0d6c6C59727a65F871236188350531885C43']);
    expect(said(await findPairPool(rpc(pool), 'https://rpc.example', call, 10_000))).toEqual({
      ok: true,
      address: '0xcdac0d6c6c59727a65f871236188350531885c43',
    });
    const zero = encodeAbiParameters([{ type: 'address' }], ['0x0000000000000000000000000000000000000000']);
    expect(said(await findPairPool(rpc(zero), 'https://rpc.example', call, 10_000))).toEqual({
      ok: false,
      reason: 'No pool exists for this pair and pool type.',
    });
    expect(said(await findPairPool(rpc(undefined), 'https://rpc.example', call, 10_000))).toEqual({
      ok: false,
      reason: 'The factory did not answer with a pool address.',
    });
  });
});
