/**
 * Rug-pull signals for the pool's two tokens, from GoPlus token security (key-less):
 * `GET https://api.gopluslabs.io/api/v1/token_security/{chainId}?contract_addresses=a,b`.
 *
 * Answer shape (GoPlusSecurity/goplus-sdk-node example/t7.js and its TokenSecurity model; docs
 * https://docs.gopluslabs.io/reference/token-security-api): `{ code, message, result: { [address lower case]:
 * record } }`, `code` 1 when complete (2: partly). In a record every yes/no is a string "1"/"0", missing or ""
 * when GoPlus could not tell; taxes are fractions as strings ("0.05" = 5 %); `holders` and `lp_holders` are the
 * top holders `{ address, percent, is_locked, ... }` with `percent` a fraction of the supply and `is_locked`
 * 1/0. The LP holders are those of the token's main pair as GoPlus finds it, not necessarily this pool.
 * What GoPlus does not say stays null (unknown), never "safe".
 */
import { lt, type Said } from '../../../lib/i18n/localized-text';
import * as v from 'valibot';
import { Decimal, evmChainNumber, type ChainId } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import type { TokenSecurity } from '../../../lib/messages/pool-extras';
import { describeProblem } from '../http';
import { readJson, MALFORMED } from './geckoterminal';
import type { PoolDataProvider } from './provider';
import { isWellKnownToken } from './well-known-tokens';

const PROVIDER = 'goplus';
const API = 'https://api.gopluslabs.io/api/v1/token_security';

/**
 * GoPlus answers a body with code 4029 when key-less use goes over its limit, but no stored copy of its docs
 * gave the number when this was written (recalled as 30 a minute, not confirmed): so no published figure is
 * claimed here, and the budget is a cautious 20 a minute. Findings change slowly: kept 6 hours.
 */
const GOPLUS_LIMIT = { burst: 3, perMinute: 20, publishedPerMinute: null };

const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;

export function goplusUrl(chain: ChainId, tokens: readonly string[]): string | null {
  const number = evmChainNumber(chain);
  if (number === null || tokens.length === 0 || tokens.some((t) => !EVM_ADDRESS.test(t))) return null;
  return `${API}/${number}?contract_addresses=${tokens.join(',')}`;
}

export const goplusTokenSecurity: PoolDataProvider = {
  id: PROVIDER,
  name: 'GoPlus token security',
  hosts: ['api.gopluslabs.io'],
  limit: GOPLUS_LIMIT,
  ttlMs: 6 * 60 * 60_000,
  // The token addresses come from the chain read: without one (no endpoint, a v4 pool id) there is nothing to ask.
  covers: (target, { rpcUrl }) => target.type === 'address' && rpcUrl !== null && evmChainNumber(target.chain) !== null,
  async load(target, { http, deadline, now, peer }) {
    // The token addresses come from the chain read of the same pool (token0/token1, lower case).
    const chain = await peer('rpc');
    const tokens = [chain?.token0Address, chain?.token1Address].filter((t): t is string => typeof t === 'string');
    if (tokens.length !== 2) return { ok: false, provider: PROVIDER, reason: lt('worker.reason.goplusNoTokens') };
    const url = goplusUrl(target.chain, tokens);
    if (!url) return { ok: false, provider: PROVIDER, reason: lt('worker.reason.goplusNoChain') };
    const outcome = await http.json(url, { deadline });
    if (!outcome.ok)
      return {
        ok: false,
        provider: PROVIDER,
        reason: lt('worker.problem.goplus', { problem: describeProblem(outcome.problem) }),
      };
    return parseGoPlus(outcome.json, target.chain, tokens, now());
  },
};

// Leaves are unknown and read one by one: one odd field costs that finding, not the record.
const leaf = v.optional(v.unknown());
const GoPlusBodySchema = v.looseObject({
  code: v.unknown(),
  result: v.fallback(v.optional(v.record(v.string(), v.unknown())), undefined),
});
const HolderSchema = v.looseObject({ percent: leaf, is_locked: leaf });
const RecordSchema = v.looseObject({
  is_honeypot: leaf,
  is_mintable: leaf,
  owner_change_balance: leaf,
  hidden_owner: leaf,
  is_blacklisted: leaf,
  is_proxy: leaf,
  is_open_source: leaf,
  buy_tax: leaf,
  sell_tax: leaf,
  holders: leaf,
  lp_holders: leaf,
});

/** "1" -> true, "0" -> false; anything else (missing, "", "yes", 1) is unknown. */
export function goplusFlag(value: unknown): boolean | null {
  if (value === '1') return true;
  if (value === '0') return false;
  return null;
}

/** A fraction in [0, 1] as GoPlus writes it ("0.05"), or null. */
function fraction(value: unknown): Decimal | null {
  if (typeof value !== 'string' || !/^\d{1,3}(\.\d{1,30})?$/.test(value)) return null;
  const share = new Decimal(value);
  return share.lte(1) ? share : null;
}

const shareText = (share: Decimal | null) =>
  share === null ? null : Decimal.min(share, 1).toSignificantDigits(12).toFixed();

/** The top holders' summed share: null when the list is missing, empty, or any share is unreadable. */
function holdersShare(list: unknown, pick: (holder: { percent: unknown; is_locked: unknown }) => boolean, top = 10) {
  if (!Array.isArray(list) || list.length === 0 || list.length > 1000) return null;
  const holders: { percent: Decimal; is_locked: unknown }[] = [];
  for (const item of list) {
    const holder = v.safeParse(HolderSchema, item);
    const percent = holder.success ? fraction(holder.output.percent) : null;
    if (!holder.success || percent === null) return null;
    holders.push({ percent, is_locked: holder.output.is_locked });
  }
  holders.sort((a, b) => b.percent.cmp(a.percent));
  return holders
    .slice(0, top)
    .filter((holder) => pick({ percent: holder.percent, is_locked: holder.is_locked }))
    .reduce((sum, holder) => sum.plus(holder.percent), new Decimal(0));
}

const isLocked = (value: unknown) => value === 1 || value === '1';

/** One token's record -> its findings; null when the answer has no record for it. */
export function tokenFindings(record: unknown, token: string, chain: ChainId): TokenSecurity | null {
  const parsed = v.safeParse(RecordSchema, record);
  if (!parsed.success) return null;
  const r = parsed.output;
  return {
    token,
    wellKnown: isWellKnownToken(chain, token),
    honeypot: goplusFlag(r.is_honeypot),
    mintable: goplusFlag(r.is_mintable),
    ownerCanChangeBalance: goplusFlag(r.owner_change_balance),
    hiddenOwner: goplusFlag(r.hidden_owner),
    blacklist: goplusFlag(r.is_blacklisted),
    proxy: goplusFlag(r.is_proxy),
    openSource: goplusFlag(r.is_open_source),
    buyTax: shareText(fraction(r.buy_tax)),
    sellTax: shareText(fraction(r.sell_tax)),
    // Every LP holder counts here (the list is short); the top ten for the supply's concentration.
    lpLockedShare: shareText(holdersShare(r.lp_holders, (holder) => isLocked(holder.is_locked), 1000)),
    topHoldersShare: shareText(holdersShare(r.holders, () => true)),
  };
}

/** The body -> tokenSecurity for token0 and token1 (in that order; a token GoPlus has no record for is left out). */
export function parseGoPlus(json: unknown, chain: ChainId, tokens: readonly string[], now: number): ProviderResult {
  const fail = (reason: Said): ProviderResult => ({ ok: false, provider: PROVIDER, reason });
  try {
    const body = readJson(json);
    if (body === MALFORMED) return fail(lt('worker.reason.apiMalformed', { provider: 'GoPlus' }));
    const parsed = v.safeParse(GoPlusBodySchema, body);
    if (!parsed.success) return fail(lt('worker.reason.goplusNoAnswer'));
    const { code, result } = parsed.output;
    // 1: complete, 2: partly complete. Any other code (4029: too many requests) is a refusal, said by number.
    if (code !== 1 && code !== 2)
      return fail(
        typeof code === 'number'
          ? lt('worker.reason.goplusRefused', { code })
          : lt('worker.reason.goplusRefusedNoCode'),
      );
    const findings = tokens.flatMap((token) => {
      const record = result && Object.hasOwn(result, token) ? result[token] : undefined;
      const found = record === undefined ? null : tokenFindings(record, token, chain);
      return found ? [found] : [];
    });
    if (findings.length === 0) return fail(lt('worker.reason.goplusNoFindings'));
    const figures: PoolFigures = { tokenSecurity: findings };
    return { ok: true, provider: PROVIDER, fetchedAt: Math.max(0, Math.trunc(now)), figures };
  } catch {
    return fail(lt('worker.reason.apiUnreadable', { provider: 'GoPlus' }));
  }
}
