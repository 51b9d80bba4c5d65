/**
 * A fake of the live-data hosts (GeckoTerminal, DexScreener, one JSON-RPC endpoint) on their real names:
 * same paths, same response shapes (recorded-shape fixtures), and switchable faults the APIs really show:
 * 429, 500, an answer slower than the extension's deadline, a malformed body, a reset connection.
 * It counts requests so tests can check caching and de-duplication.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { encodeAbiParameters, toFunctionSelector } from 'viem';

export type Fault = 'none' | '429' | '500' | 'slow' | 'malformed' | 'reset';

/**
 * Further fake hosts and fake contracts, one file each under test/e2e/fakes/ (Merkl, GoPlus, a gauge...):
 * adding one is its file and one line in test/e2e/fakes/index.ts.
 */
import { FAKE_CHAIN_CONTRACTS, FAKE_HOSTS, FAKE_RPC_METHODS } from './fakes/index';

/** The JSON-RPC endpoints the fake chain answers on (every chain reads the same fake contracts). */
export const RPC_HOSTS = ['ethereum-rpc.publicnode.com', 'base-rpc.publicnode.com', 'bsc-rpc.publicnode.com'];

export const API_HOSTS = [
  ...new Set(['api.geckoterminal.com', 'api.dexscreener.com', ...RPC_HOSTS, ...FAKE_HOSTS.map((fake) => fake.host)]),
];

/** The first fake of this host that answers for the path, or null. */
function fakeHostBody(host: string, path: string, body: string): string | null {
  for (const fake of FAKE_HOSTS) {
    if (fake.host !== host) continue;
    const answer = fake.body(path, body);
    if (answer !== null) return answer;
  }
  return null;
}

/** Aerodrome's PoolFactory on Base: on this fake chain every pair it is asked about is the fake pool. */
const AERODROME_FACTORY = '0x420dd381b31aef6683db6b902084cb0ffece40da';
/** Uniswap v3 NonfungiblePositionManager and factory (Ethereum): one position, #123456, in the fake pool. */
const POSITION_MANAGER = '0xc36442b4a4522e871399cd717abdd847ab11fe88';
const V3_FACTORY = '0x1f98431c8ad98523631ae4a59f267346ea31f984';
export const FAKE_POSITION = {
  tokenId: 123456n,
  tickLower: 195000,
  tickUpper: 201000,
  liquidity: 1_000_000_000_000_000n,
};

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/api/${path}`, import.meta.url)), 'utf8');

/** The one v3 pool the fake chain knows: Uniswap v3 USDC/WETH 0.05 % (token0 USDC, 6 decimals; token1 WETH, 18). */
export const FAKE_POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';
/** sqrt(0.0004 * 10^12) * 2^96: a price of 0.0004 WETH per USDC, i.e. 2500 USDC per WETH. */
export const FAKE_SQRT_PRICE_X96 = 20000n * 2n ** 96n;
export const FAKE_ACTIVE_LIQUIDITY = 15_000_000_000_000_000_000n;

const uint = (n: bigint | number) => encodeAbiParameters([{ type: 'uint256' }], [BigInt(n)]);
const address = (a: string) => encodeAbiParameters([{ type: 'address' }], [a as `0x${string}`]);
const text = (s: string) => encodeAbiParameters([{ type: 'string' }], [s]);

/**
 * One Uniswap v4 pool on the fake chain, by PoolId: native ETH / USDC 0.05 %, tick spacing 10, no hooks, at
 * 2,500 USDC per ETH with the same in-range liquidity as the v3 pool. StateView and PositionManager are at
 * their Ethereum addresses from docs.uniswap.org/contracts/v4/deployments.
 */
export const FAKE_V4_POOL = '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27';
const V4_STATE_VIEW = '0x7ffe42c4a5deea5b0fec41c94c136cf115597227';
const V4_POSITION_MANAGER = '0xbd216513d74c8cf14cf4747e6aaa6420ff64ee9e';
/** sqrt(2500 * 10^6 / 10^18) * 2^96 = 5e-5 * 2^96 (ETH has 18 decimals, USDC 6). */
const V4_SQRT_PRICE_X96 = (2n ** 96n * 5n) / 100_000n;

function v4Call(to: string, data: string): string | null {
  const selector = data.slice(0, 10);
  const argument = data.slice(10);
  if (to === V4_STATE_VIEW && argument === FAKE_V4_POOL.slice(2)) {
    if (selector === toFunctionSelector('getSlot0(bytes32)'))
      return encodeAbiParameters(
        [{ type: 'uint160' }, { type: 'int24' }, { type: 'uint24' }, { type: 'uint24' }],
        [V4_SQRT_PRICE_X96, -198_080, 0, 500],
      );
    if (selector === toFunctionSelector('getLiquidity(bytes32)')) return uint(FAKE_ACTIVE_LIQUIDITY);
  }
  if (to === V4_POSITION_MANAGER && selector === toFunctionSelector('poolKeys(bytes25)')) {
    if (!argument.startsWith(FAKE_V4_POOL.slice(2, 52))) return null;
    return encodeAbiParameters(
      [{ type: 'address' }, { type: 'address' }, { type: 'uint24' }, { type: 'int24' }, { type: 'address' }],
      ['0x0000000000000000000000000000000000000000', USDC, 500, 10, '0x0000000000000000000000000000000000000000'],
    );
  }
  return null;
}

/** Balancer v2 80BAL/20WETH (its pool id embeds this address): weights 0.8 / 0.2 and a 1 % swap fee. */
export const FAKE_BALANCER_POOL = '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56';

function balancerCall(to: string, selector: string): string | null {
  if (to !== FAKE_BALANCER_POOL) return null;
  if (selector === toFunctionSelector('getNormalizedWeights()'))
    return encodeAbiParameters([{ type: 'uint256[]' }], [[800_000_000_000_000_000n, 200_000_000_000_000_000n]]);
  if (selector === toFunctionSelector('getSwapFeePercentage()')) return uint(10_000_000_000_000_000n);
  return null;
}

function ethCall(to: string, data: string): string | null {
  const v4 = v4Call(to, data) ?? balancerCall(to, data.slice(0, 10));
  if (v4 !== null) return v4;
  for (const contract of FAKE_CHAIN_CONTRACTS) {
    const answer = contract(to, data);
    if (answer !== null) return answer;
  }
  const selector = data.slice(0, 10);
  if (to === AERODROME_FACTORY && selector === '0x79bc57d5') return address(FAKE_POOL); // getPool(address,address,bool)
  if (to === V3_FACTORY && selector === '0x1698ee82') return address(FAKE_POOL); // getPool(address,address,uint24)
  if (to === POSITION_MANAGER && selector === '0x99fbab88') {
    if (BigInt(`0x${data.slice(10)}`) !== FAKE_POSITION.tokenId) return null; // positions(): unknown ids revert
    return encodeAbiParameters(
      [
        { type: 'uint96' },
        { type: 'address' },
        { type: 'address' },
        { type: 'address' },
        { type: 'uint24' },
        { type: 'int24' },
        { type: 'int24' },
        { type: 'uint128' },
        { type: 'uint256' },
        { type: 'uint256' },
        { type: 'uint128' },
        { type: 'uint128' },
      ],
      [
        0n,
        '0x0000000000000000000000000000000000000000',
        USDC as `0x${string}`,
        WETH as `0x${string}`,
        500,
        FAKE_POSITION.tickLower,
        FAKE_POSITION.tickUpper,
        FAKE_POSITION.liquidity,
        0n,
        0n,
        0n,
        0n,
      ],
    );
  }
  if (to === FAKE_POOL) {
    switch (selector) {
      case '0x3850c7bd':
        return encodeAbiParameters(
          [
            { type: 'uint160' },
            { type: 'int24' },
            { type: 'uint16' },
            { type: 'uint16' },
            { type: 'uint16' },
            { type: 'uint8' },
            { type: 'bool' },
          ],
          [FAKE_SQRT_PRICE_X96, 198079, 1, 1, 1, 0, true],
        );
      case '0x1a686502':
        return uint(FAKE_ACTIVE_LIQUIDITY);
      case '0xddca3f43':
        return uint(500);
      case '0x0dfe1681':
        return address(USDC);
      case '0xd21220a7':
        return address(WETH);
      default:
        return null; // getReserves and anything else revert on a v3 pool
    }
  }
  if (to === USDC || to === WETH) {
    if (selector === '0x313ce567') return uint(to === USDC ? 6 : 18);
    if (selector === '0x95d89b41') return text(to === USDC ? 'USDC' : 'WETH');
  }
  return null;
}

export class FakeApi {
  private faults = new Map<string, Fault>();
  readonly requests: { host: string; path: string }[] = [];

  constructor(private readonly files: { geckoPool: string; geckoOhlcv: string; dexscreenerPair: string }) {}

  /** Replaces the body served for paths containing `pathPart`: a pool whose figures are hostile or broken. */
  private overrides = new Map<string, string>();

  override(pathPart: string, body: string): void {
    this.overrides.set(pathPart, body);
  }

  reset(): void {
    this.overrides.clear();
    this.faults.clear();
    this.requests.length = 0;
  }

  setFault(host: string, fault: Fault): void {
    this.faults.set(host, fault);
  }

  count(host: string, pathPrefix = ''): number {
    return this.requests.filter((r) => r.host === host && r.path.startsWith(pathPrefix)).length;
  }

  /** Handles a request if its Host is one of the API hosts; returns false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse, host: string, body: string): boolean {
    if (!API_HOSTS.includes(host)) return false;
    const path = req.url ?? '/';
    this.requests.push({ host, path });
    const fault = this.faults.get(host) ?? 'none';
    if (fault === 'reset') {
      req.socket.destroy();
      return true;
    }
    if (fault === '429') {
      send(res, 429, '{"status":"429","title":"Rate Limited"}', { 'retry-after': '1' });
      return true;
    }
    if (fault === '500') {
      send(res, 500, 'Internal Server Error');
      return true;
    }
    const reply = () =>
      send(res, 200, fault === 'malformed' ? '{"data": {"attributes": ' : this.body(host, path, body));
    if (fault === 'slow') setTimeout(reply, 12_000);
    else reply();
    return true;
  }

  private body(host: string, path: string, body: string): string {
    for (const [part, replacement] of this.overrides) if (path.includes(part)) return replacement;
    if (host === 'api.geckoterminal.com') {
      if (path.includes(`/pools/${FAKE_POOL}/ohlcv/`)) return candlesEndingToday(fixture(this.files.geckoOhlcv));
      if (path.includes(`/pools/${FAKE_POOL}`)) return fixture(this.files.geckoPool);
      // GeckoTerminal lists v4 pools by their id; the recorded answer stands in (WETH/USDC, by address order).
      if (path.includes(`/pools/${FAKE_V4_POOL}/ohlcv/`)) return candlesEndingToday(fixture(this.files.geckoOhlcv));
      if (path.includes(`/pools/${FAKE_V4_POOL}`)) return fixture(this.files.geckoPool);
      return fakeHostBody(host, path, body) ?? '{"errors":[{"status":"404","title":"Not Found"}]}';
    }
    const fake = fakeHostBody(host, path, body);
    if (fake !== null) return fake;
    if (host !== 'api.dexscreener.com' && !RPC_HOSTS.includes(host)) return '{"error":"not found"}';
    if (host === 'api.dexscreener.com') {
      return path.toLowerCase().includes(FAKE_POOL)
        ? fixture(this.files.dexscreenerPair)
        : '{"schemaVersion":"1.0.0","pairs":null}';
    }
    const calls = JSON.parse(body) as { id: number; method: string; params: [{ to: string; data: string }] }[];
    return JSON.stringify(
      calls.map(({ id, method, params }) => {
        if (method !== 'eth_call') return otherMethod(id, method, params);
        const call = params[0];
        const result = ethCall(call.to.toLowerCase(), call.data);
        return result === null
          ? { jsonrpc: '2.0', id, error: { code: 3, message: 'execution reverted' } }
          : { jsonrpc: '2.0', id, result };
      }),
    );
  }
}

/** A method other than eth_call: the first fake that knows it answers, else "method not found" as nodes say it. */
function otherMethod(id: number, method: string, params: unknown[]): object {
  for (const fake of FAKE_RPC_METHODS) {
    const result = fake(method, params);
    if (result !== undefined) return { jsonrpc: '2.0', id, result };
  }
  return {
    jsonrpc: '2.0',
    id,
    error: { code: -32601, message: `the method ${method} does not exist/is not available` },
  };
}

/**
 * The recorded candles, moved in time so the newest is today's (still filling) candle, as the live API
 * serves them: figures over "the last 7 days" then cover the recorded days whatever the date of the run.
 */
function candlesEndingToday(body: string): string {
  const json = JSON.parse(body) as { data: { attributes: { ohlcv_list: [number, ...number[]][] } } };
  const rows = json.data.attributes.ohlcv_list;
  const day = 86_400;
  const shift = Math.floor(Date.now() / 1000 / day) * day - Math.max(...rows.map((row) => row[0]));
  for (const row of rows) row[0] += shift;
  return JSON.stringify(json);
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(body);
}
