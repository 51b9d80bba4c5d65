/** Merkl campaigns: the request, the parser against a recorded-shape answer, hostile and broken bodies, faults. */
import { said } from '../../../said';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { merklRewards, merklUrl, parseMerklOpportunities } from '../../../../../entrypoints/background/providers/merkl';
import type { PoolTarget } from '../../../../../entrypoints/background/pool-target';
import { PoolFiguresSchema, type ProviderResult } from '../../../../../lib/messages/pool-data';
import { FAULTS, harness } from './provider-harness';

const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const V4_POOL = '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27';
const UNI = '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984';
const target: PoolTarget = { chain: 'ethereum', type: 'address', address: POOL };
/** 2025-01-31 12:00 UTC: campaign A (2025-01-01 .. 2025-02-18) is live, campaign B ended 2025-01-15. */
const NOW = Date.UTC(2025, 0, 31, 12);
// biome-ignore lint/suspicious/noExplicitAny: recorded API bodies are edited freely in these tests.
type Json = any;
const fixture = (): Json =>
  JSON.parse(readFileSync(join(__dirname, `../../../../fixtures/api/merkl/opportunities-1-${POOL}.json`), 'utf8'));

function streams(result: ProviderResult) {
  if (!result.ok) throw new Error(`expected figures, got: ${result.reason}`);
  expect(v.safeParse(PoolFiguresSchema, result.figures).success).toBe(true);
  return result.figures.merklRewards!;
}

describe('Merkl request', () => {
  it('filters by EIP-155 chain id and the pool as identifier, live campaigns with their data', () => {
    expect(merklUrl(target)).toBe(
      `https://api.merkl.xyz/v4/opportunities?chainId=1&identifier=${POOL}&status=LIVE&campaigns=true&items=20`,
    );
  });
  it('asks for a Uniswap v4 pool by its PoolId (Base is chain 8453)', () => {
    expect(merklUrl({ chain: 'base', type: 'pool-id', address: V4_POOL as `0x${string}` })).toBe(
      `https://api.merkl.xyz/v4/opportunities?chainId=8453&identifier=${V4_POOL}&status=LIVE&campaigns=true&items=20`,
    );
  });
  it('has nothing to ask for Solana', () => {
    expect(
      merklUrl({
        chain: 'solana',
        type: 'solana-address',
        address: 'So11111111111111111111111111111111111111112' as never,
      }),
    ).toBeNull();
  });
});

describe('Merkl parser', () => {
  it('one stream per live campaign: symbol, token, APR share, daily USD, end; the ended campaign is left out', () => {
    expect(said(streams(parseMerklOpportunities(fixture(), target, NOW)))).toEqual([
      {
        symbol: 'UNI',
        token: UNI,
        // aprRecord breakdown 12.5 (percent) / 100
        apr: '0.125',
        dailyUsd: '4109.589',
        // endTimestamp 1739836800 s = 2025-02-18T00:00:00Z
        endsAt: 1_739_836_800_000,
        needsStaking: false,
        label: 'Merkl campaign (in-range liquidity)',
      },
    ]);
  });

  it('after the campaign ends there is nothing to show, and says so', () => {
    const result = parseMerklOpportunities(fixture(), target, Date.UTC(2025, 1, 18, 0, 0, 1));
    expect(said(result)).toEqual({
      ok: false,
      provider: 'merkl',
      reason: 'Merkl has no live reward campaign on this pool',
    });
  });

  it("another pool's or another chain's opportunity is not this pool's", () => {
    const other = fixture();
    other[0].identifier = '0x0000000000000000000000000000000000000001';
    expect(parseMerklOpportunities(other, target, NOW).ok).toBe(false);
    const base = fixture();
    base[0].chainId = 8453;
    expect(parseMerklOpportunities(base, target, NOW).ok).toBe(false);
  });

  it('matches a v4 PoolId whatever its letter case', () => {
    const body = fixture();
    body[0].identifier = V4_POOL.toUpperCase().replace('0X', '0x');
    body[0].type = 'UNISWAP_V4';
    const v4 = streams(
      parseMerklOpportunities(body, { chain: 'ethereum', type: 'pool-id', address: V4_POOL as `0x${string}` }, NOW),
    );
    expect(v4.map((s) => [s.symbol, s.apr, said(s.label)])).toEqual([
      ['UNI', '0.125', 'Merkl campaign (in-range liquidity)'],
    ]);
  });

  it('a campaign without an APR from Merkl is left out, never shown as 0 %', () => {
    const body = fixture();
    body[0].aprRecord.breakdowns = [];
    expect(parseMerklOpportunities(body, target, NOW).ok).toBe(false);
  });

  it('test tokens and points are not rewards', () => {
    for (const flag of ['isTest', 'isPoint']) {
      const body = fixture();
      body[0].campaigns[0].rewardToken[flag] = true;
      expect(parseMerklOpportunities(body, target, NOW).ok).toBe(false);
    }
  });

  it.each([['FREE CLAIM AT evil.example'], ['<img src=x onerror=alert(1)>'], ['U\u200bNI'], ['X'.repeat(500)], [42]])(
    'a hostile symbol %j is replaced by the shortened address, never shown',
    (symbol) => {
      const body = fixture();
      body[0].campaigns[0].rewardToken.symbol = symbol;
      expect(streams(parseMerklOpportunities(body, target, NOW))[0]!.symbol).toBe('0x1f98…f984');
    },
  );

  it('a broken daily-rewards value costs that value only', () => {
    const body = fixture();
    body[0].rewardsRecord.breakdowns[0].value = 'NaN';
    const [stream] = streams(parseMerklOpportunities(body, target, NOW));
    expect(stream!.dailyUsd).toBeUndefined();
    expect(stream!.apr).toBe('0.125');
  });

  it.each([
    ['not JSON', '[{"chainId": 1,', /malformed JSON/],
    ['an object', { message: 'Internal error' }, /no list of opportunities/],
    ['junk rows', [null, 1, 'x', { campaigns: 'no' }], /no live reward campaign/],
    ['an empty list', [], /no live reward campaign/],
  ])('%s gives a note and no figures', (_name, body, reason) => {
    const result = parseMerklOpportunities(body, target, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(said(result.reason)).toMatch(reason);
  });
});

describe('Merkl provider', () => {
  it('loads and parses one request', async () => {
    const { context, requests } = harness(() => new Response(JSON.stringify(fixture())), { now: NOW });
    const result = await merklRewards.load(target, context());
    expect(streams(result)).toHaveLength(1);
    expect(requests).toEqual([merklUrl(target)]);
  });

  it.each(FAULTS)('%s gives a note and no figures', async (_name, route, reason) => {
    const { context } = harness(route, { now: NOW });
    const result = await merklRewards.load(target, context());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(said(result.reason)).toMatch(reason);
  });
});
