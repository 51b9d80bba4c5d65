/** GoPlus token security: "1"/"0" findings, unknowns kept unknown, shares summed by hand, every failure a note. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  goplusFlag,
  goplusTokenSecurity,
  goplusUrl,
  parseGoPlus,
} from '../../../../../entrypoints/background/providers/goplus';
import type { ProviderContext } from '../../../../../entrypoints/background/providers/provider';
import { PoolFiguresSchema, type PoolFigures } from '../../../../../lib/messages/pool-data';
import { goplusFake } from '../../../../e2e/fakes/goplus';
import { scriptedClient, TRANSPORT_FAILURES, type Answer } from './scripted-client';

const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';
const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640' as const;
const NOW = 1_700_000_000_000;

/** The fake host's answer: the GoPlus shape (see test/e2e/fakes/goplus.ts for its sources). */
const recorded = (chainId: number) =>
  JSON.parse(goplusFake.body(`/api/v1/token_security/${chainId}?contract_addresses=${USDC},${WETH}`, '') ?? 'null') as {
    result: Record<string, Record<string, unknown>>;
  };

describe('goplusUrl', () => {
  it('asks for both tokens on the chain by its EIP-155 number', () => {
    expect(goplusUrl('base', [USDC, WETH])).toBe(
      `https://api.gopluslabs.io/api/v1/token_security/8453?contract_addresses=${USDC},${WETH}`,
    );
    expect(goplusUrl('solana', [USDC])).toBeNull();
    expect(goplusUrl('base', ['0xnot-an-address'])).toBeNull();
  });
});

describe('goplusFlag', () => {
  it.each([
    ['1', true],
    ['0', false],
    ['', null],
    [undefined, null],
    [1, null],
    ['yes', null],
  ])('%j -> %j', (value, expected) => expect(goplusFlag(value)).toBe(expected));
});

describe('parseGoPlus', () => {
  it('the risky token on Base: mintable, owner changes balances, taxes, LP locked and top-holder shares', () => {
    const result = parseGoPlus(recorded(8453), 'base', [USDC, WETH], NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.figures.tokenSecurity).toEqual([
      {
        token: USDC,
        wellKnown: false, // the Ethereum USDC address is not Base's USDC
        honeypot: false,
        mintable: true,
        ownerCanChangeBalance: true,
        hiddenOwner: false,
        blacklist: false,
        proxy: false,
        openSource: true,
        buyTax: '0.05',
        sellTax: '0.1',
        lpLockedShare: '0.25', // only the dead address's 0.25 is locked; 0.75 is not
        topHoldersShare: '0.6', // 0.3 + 0.2 + 0.1
      },
      {
        token: WETH,
        wellKnown: false,
        honeypot: false,
        mintable: false,
        ownerCanChangeBalance: false,
        hiddenOwner: false,
        blacklist: false,
        proxy: false,
        openSource: true,
        buyTax: '0',
        sellTax: '0',
        lpLockedShare: '1',
        topHoldersShare: '0.09', // 0.05 + 0.04
      },
    ]);
    expect(v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  it('on Ethereum the same addresses are the well-known USDC and WETH', () => {
    const result = parseGoPlus(recorded(1), 'ethereum', [USDC, WETH], NOW);
    expect(result.ok && result.figures.tokenSecurity?.map((t) => t.wellKnown)).toEqual([true, true]);
  });

  it('missing and empty fields are unknown (null), never "no"', () => {
    const body = { code: 1, message: 'OK', result: { [USDC]: { is_honeypot: '', buy_tax: '', holders: [] } } };
    const result = parseGoPlus(body, 'base', [USDC, WETH], NOW);
    expect(result.ok && result.figures.tokenSecurity).toEqual([
      {
        token: USDC,
        wellKnown: false,
        honeypot: null,
        mintable: null,
        ownerCanChangeBalance: null,
        hiddenOwner: null,
        blacklist: null,
        proxy: null,
        openSource: null,
        buyTax: null,
        sellTax: null,
        lpLockedShare: null,
        topHoldersShare: null,
      },
    ]);
  });

  it('hostile values: a tax over 100 %, a negative or non-numeric share, a numeric flag, a huge holder list', () => {
    const body = {
      code: 1,
      result: {
        [USDC]: {
          is_mintable: 1,
          owner_change_balance: '1 ',
          buy_tax: '1.5',
          sell_tax: '-0.1',
          holders: [{ percent: '0.5' }, { percent: 'NaN' }],
          lp_holders: Array.from({ length: 1001 }, () => ({ percent: '0.001', is_locked: 1 })),
        },
        ['__proto__']: { is_honeypot: '1' },
      },
    };
    const result = parseGoPlus(body, 'base', [USDC], NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.figures.tokenSecurity?.[0]).toMatchObject({
      mintable: null,
      ownerCanChangeBalance: null,
      buyTax: null,
      sellTax: null,
      topHoldersShare: null,
      lpLockedShare: null,
    });
    expect(v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  it('shares are capped at one when GoPlus rounds past it; only the ten largest holders count', () => {
    const holders = Array.from({ length: 12 }, (_, i) => ({ percent: i < 2 ? '0.5' : '0.01', is_locked: 0 }));
    const locked = [
      { percent: '0.6', is_locked: '1' },
      { percent: '0.41', is_locked: 1 },
    ];
    const body = { code: 1, result: { [USDC]: { holders, lp_holders: locked } } };
    const result = parseGoPlus(body, 'base', [USDC], NOW);
    // Top ten: 0.5 + 0.5 + 8 x 0.01 = 1.08 -> 1; locked LP 0.6 + 0.41 = 1.01 -> 1.
    expect(result.ok && result.figures.tokenSecurity?.[0]).toMatchObject({ topHoldersShare: '1', lpLockedShare: '1' });
  });

  it('a refusal code (4029: too many requests) is a note, with no figures', () => {
    expect(parseGoPlus({ code: 4029, message: 'too many requests', result: null }, 'base', [USDC], NOW)).toEqual({
      ok: false,
      provider: 'goplus',
      reason: 'GoPlus refused the request (code 4029)',
    });
  });

  it('no record for either token, a body of another shape, a string that is not JSON: notes', () => {
    expect(parseGoPlus({ code: 1, result: {} }, 'base', [USDC, WETH], NOW)).toMatchObject({
      ok: false,
      reason: "GoPlus has no findings for the pool's tokens",
    });
    expect(parseGoPlus([1, 2], 'base', [USDC], NOW)).toMatchObject({ ok: false });
    expect(parseGoPlus('{"code": 1, "res', 'base', [USDC], NOW)).toMatchObject({
      ok: false,
      reason: 'GoPlus returned malformed JSON',
    });
  });
});

describe('goplusTokenSecurity provider', () => {
  const target = { chain: 'base' as const, type: 'address' as const, address: POOL };
  const context = (route: (url: string) => Answer, rpc: PoolFigures | null) => {
    const http = scriptedClient(route);
    const ctx: ProviderContext = {
      http,
      deadline: NOW + 8_000,
      now: () => NOW,
      rpcUrl: 'https://base-rpc.publicnode.com',
      peer: async (id) => (id === 'rpc' ? rpc : null),
    };
    return { http, ctx };
  };
  const rpc = { token0Address: USDC, token1Address: WETH };

  it("asks GoPlus about the chain read's two tokens, once", async () => {
    const { http, ctx } = context(
      (url) => ({ json: JSON.parse(goplusFake.body(new URL(url).pathname + new URL(url).search, '') ?? 'null') }),
      rpc,
    );
    const result = await goplusTokenSecurity.load(target, ctx);
    expect(result.ok && result.figures.tokenSecurity?.map((t) => t.mintable)).toEqual([true, false]);
    expect(http.requests.map((r) => r.url)).toEqual([goplusUrl('base', [USDC, WETH])]);
  });

  it('no chain read of the pool: a plain reason, and GoPlus is not asked', async () => {
    const { http, ctx } = context(() => ({ json: {} }), null);
    expect(await goplusTokenSecurity.load(target, ctx)).toEqual({
      ok: false,
      provider: 'goplus',
      reason: "the pool's two token contracts were not read on chain",
    });
    expect(http.requests).toHaveLength(0);
  });

  it.each(TRANSPORT_FAILURES)('GoPlus failing (%s): a note and no figures', async (_name, problem, words) => {
    const { ctx } = context(() => ({ problem }), rpc);
    const result = await goplusTokenSecurity.load(target, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(words);
    expect('figures' in result).toBe(false);
  });

  it('covers EVM pools by address with an RPC endpoint only', () => {
    const ctx = context(() => ({ json: {} }), null).ctx;
    expect(goplusTokenSecurity.covers?.(target, ctx)).toBe(true);
    expect(goplusTokenSecurity.covers?.(target, { ...ctx, rpcUrl: null })).toBe(false);
    expect(
      goplusTokenSecurity.covers?.({ chain: 'base', type: 'pool-id', address: `0x${'ab'.repeat(32)}` as never }, ctx),
    ).toBe(false);
  });
});
