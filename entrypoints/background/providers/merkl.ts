/**
 * Merkl reward campaigns on a pool: `GET https://api.merkl.xyz/v4/opportunities` filtered by `chainId` (the
 * EIP-155 number) and `identifier` (an opportunity's mainParameter: the pool contract, or a Uniswap v4 pool's
 * PoolId), live ones only, with `campaigns=true` for each campaign's reward token and end time.
 *
 * The API's shapes, from the merkl-api package's v4 DTOs (Kazzx9921/Merkl-API-fork-testing at
 * 5aca63277fd37be4675fafb27c1c877ee68a6436, package/dist/src/modules/v4/…):
 * - query (opportunity.model.js GetOpportunitiesQueryDto): `chainId` comma list, `identifier` ("Filter by
 *   identifier (mainParameter)", matched case-insensitively: opportunity.repository.js), `status` LIVE|PAST|SOON,
 *   `campaigns` boolean, `items` per page (default 20); test and point campaigns are left out by default;
 * - body: an array of OpportunityResourceDto: `chainId`, `type` (CLAMM, UNISWAP_V4, ERC20…), `identifier`,
 *   `status`, `apr` (percent), `aprRecord.breakdowns[{ identifier: campaignId, type: "CAMPAIGN", value: percent }]`
 *   (apr.model.js), `rewardsRecord.breakdowns[{ campaignId, token, value: USD per day }]` (reward.model.js,
 *   opportunity.service.js formatResponse), `campaigns[{ campaignId, startTimestamp, endTimestamp (unix s),
 *   rewardToken{ address, symbol, decimals, isTest, isPoint } }]` (campaign.model.js, token.model.js).
 * APRs are percent: Merkl's own app shows `opportunity.apr / 100` as a percentage (AngleProtocol/merkl-app-core),
 * and Beefy reads each campaign's share the same way (beefyfinance/beefy-api
 * src/api/offchain-rewards/providers/merkl/MerklProvider.ts, `breakdown.value / 100`).
 * Uniswap v4: Merkl's v4 campaigns name the pool by its PoolId (`campaignParameters.poolId`, merkl-api
 * engine/deprecated/dynamicData/implementations/UniswapV4.js), so the PoolId goes in `identifier` as it is.
 */
import * as v from 'valibot';
import { evmChainNumber, parseTokenSymbol } from '../../../core/index';
import { type LocalizedText, lt } from '../../../lib/i18n/localized-text';
import type { ProviderResult } from '../../../lib/messages/pool-data';
import type { RewardStream } from '../../../lib/messages/pool-extras';
import type { PoolTarget } from '../pool-target';
import { MALFORMED, apiDecimal, decimalString, failure, readJson, success } from './geckoterminal';
import { httpJsonProvider } from './provider';
import { shortAddress } from './short-address';

const PROVIDER = 'merkl';
const API = 'https://api.merkl.xyz/v4/opportunities';
/** The most streams the figure holds (RewardStreamSchema list). */
const MAX_STREAMS = 12;
/** Over 100,000 % a year is not a rate anyone earns; such a figure is broken data, left out. */
const MAX_APR_FRACTION = 1000;

export function merklUrl(target: PoolTarget): string | null {
  if (target.type === 'solana-address') return null;
  const chainId = evmChainNumber(target.chain);
  if (chainId === null) return null;
  const query = new URLSearchParams({
    chainId: String(chainId),
    identifier: target.address,
    status: 'LIVE',
    campaigns: 'true',
    items: '20',
  });
  return `${API}?${query.toString()}`;
}

/**
 * No published rate limit found for Merkl's key-less API (its reference, https://api.merkl.xyz/docs, and the
 * merkl-api DTOs cited above state none): publishedPerMinute stays null and the budget is a polite one.
 */
export const merklRewards = httpJsonProvider({
  id: PROVIDER,
  name: 'Merkl API',
  hosts: ['api.merkl.xyz'],
  limit: { burst: 5, perMinute: 30, publishedPerMinute: null },
  // Campaign APRs are recomputed by Merkl every few minutes; a campaign's end is known in advance.
  ttlMs: 10 * 60_000,
  covers: (target) => target.type !== 'solana-address',
  request: merklUrl,
  parse: (json, target, now) => parseMerklOpportunities(json, target, now),
  unsupported: lt('worker.reason.chainNotCovered', { provider: 'Merkl' }),
});

// ---- Body shapes: leaves are read one by one; one broken campaign costs that campaign only. ----

const leaf = v.optional(v.unknown());
const list = v.fallback(v.optional(v.array(v.unknown())), undefined);
const OpportunitySchema = v.looseObject({
  chainId: leaf,
  type: leaf,
  identifier: leaf,
  status: leaf,
  aprRecord: v.fallback(v.optional(v.looseObject({ breakdowns: list })), undefined),
  rewardsRecord: v.fallback(v.optional(v.looseObject({ breakdowns: list })), undefined),
  campaigns: list,
});
const AprBreakdownSchema = v.looseObject({ identifier: v.string(), type: v.string(), value: v.unknown() });
const RewardBreakdownSchema = v.looseObject({ campaignId: v.string(), value: v.unknown() });
const CampaignSchema = v.looseObject({
  campaignId: v.pipe(v.string(), v.maxLength(200)),
  startTimestamp: v.unknown(),
  endTimestamp: v.unknown(),
  rewardToken: v.looseObject({ address: v.unknown(), symbol: v.unknown(), isTest: leaf, isPoint: leaf }),
});

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** Unix seconds (number or digit string, as BigInt columns serialise) -> ms, or null. */
function unixSecondsToMs(value: unknown): number | null {
  const seconds = apiDecimal(value);
  if (!seconds?.isInteger() || seconds.lt(0) || seconds.gt('32503680000')) return null;
  return seconds.toNumber() * 1000;
}

/** What the campaign rewards, for the label: in-range liquidity on concentrated pools, LP tokens held on others. */
function labelFor(type: unknown): LocalizedText {
  if (type === 'CLAMM' || type === 'UNISWAP_V4') return lt('worker.label.merklInRange');
  if (type === 'ERC20') return lt('worker.label.merklHolders');
  return lt('worker.label.merkl');
}

/**
 * Opportunities -> one reward stream per live campaign of this pool, largest APR first. Never throws. A campaign
 * whose APR Merkl does not give, that has not started or has ended, or that pays test tokens or points, is left
 * out: no APR is ever taken as zero.
 */
export function parseMerklOpportunities(json: unknown, target: PoolTarget, now: number): ProviderResult {
  try {
    const body = readJson(json);
    if (body === MALFORMED) return failure(PROVIDER, lt('worker.reason.apiMalformed', { provider: 'Merkl' }));
    if (!Array.isArray(body)) return failure(PROVIDER, lt('worker.reason.merklNoList'));
    const chainId = evmChainNumber(target.chain);
    const streams: RewardStream[] = [];
    for (const item of body.slice(0, 50)) {
      const parsed = v.safeParse(OpportunitySchema, item);
      if (!parsed.success) continue;
      const opportunity = parsed.output;
      // The filter is the API's; the answer is checked anyway: another pool's campaign is not this pool's.
      if (opportunity.chainId !== chainId) continue;
      if (typeof opportunity.identifier !== 'string') continue;
      if (opportunity.identifier.toLowerCase() !== target.address.toLowerCase()) continue;
      if (opportunity.status !== undefined && opportunity.status !== 'LIVE') continue;
      streams.push(...campaignStreams(opportunity, now));
    }
    if (streams.length === 0) return failure(PROVIDER, lt('worker.reason.merklNoCampaign'));
    streams.sort((a, b) => Number(b.apr) - Number(a.apr));
    return success(PROVIDER, now, { merklRewards: streams.slice(0, MAX_STREAMS) }, lt('worker.reason.merklNoUsable'));
  } catch {
    return failure(PROVIDER, lt('worker.reason.apiUnreadable', { provider: 'Merkl' }));
  }
}

function campaignStreams(opportunity: v.InferOutput<typeof OpportunitySchema>, now: number): RewardStream[] {
  const aprByCampaign = new Map<string, unknown>();
  for (const row of opportunity.aprRecord?.breakdowns ?? []) {
    const breakdown = v.safeParse(AprBreakdownSchema, row);
    if (breakdown.success && breakdown.output.type === 'CAMPAIGN')
      aprByCampaign.set(breakdown.output.identifier.toLowerCase(), breakdown.output.value);
  }
  const dailyByCampaign = new Map<string, unknown>();
  for (const row of opportunity.rewardsRecord?.breakdowns ?? []) {
    const breakdown = v.safeParse(RewardBreakdownSchema, row);
    if (breakdown.success) dailyByCampaign.set(breakdown.output.campaignId.toLowerCase(), breakdown.output.value);
  }
  const streams: RewardStream[] = [];
  for (const row of (opportunity.campaigns ?? []).slice(0, 100)) {
    const parsed = v.safeParse(CampaignSchema, row);
    if (!parsed.success) continue;
    const campaign = parsed.output;
    const { rewardToken } = campaign;
    if (rewardToken.isTest === true || rewardToken.isPoint === true) continue;
    const startsAt = unixSecondsToMs(campaign.startTimestamp);
    const endsAt = unixSecondsToMs(campaign.endTimestamp);
    if (startsAt === null || endsAt === null || startsAt > now || endsAt <= now) continue;
    const aprPercent = apiDecimal(aprByCampaign.get(campaign.campaignId.toLowerCase()));
    if (!aprPercent || aprPercent.isNegative()) continue;
    const apr = aprPercent.div(100);
    if (apr.gt(MAX_APR_FRACTION)) continue;
    const address =
      typeof rewardToken.address === 'string' && EVM_ADDRESS.test(rewardToken.address)
        ? rewardToken.address.toLowerCase()
        : undefined;
    const symbol = symbolOf(rewardToken.symbol) ?? (address ? shortAddress(address) : null);
    if (!symbol) continue;
    const daily = apiDecimal(dailyByCampaign.get(campaign.campaignId.toLowerCase()));
    streams.push({
      symbol,
      ...(address ? { token: address } : {}),
      apr: decimalString(apr),
      ...(daily && !daily.isNegative() && daily.lte('1e12') ? { dailyUsd: decimalString(daily) } : {}),
      endsAt,
      // Merkl pays positions where they are (in range, or held): nothing to stake.
      needsStaking: false,
      label: labelFor(opportunity.type),
    });
  }
  return streams;
}

/** An API token symbol, cleaned, or null when it is not a plain symbol. */
export function symbolOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  try {
    return parseTokenSymbol(value);
  } catch {
    return null;
  }
}
