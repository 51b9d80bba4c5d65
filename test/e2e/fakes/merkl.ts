/**
 * Merkl's API (api.merkl.xyz) for the fake pools: `GET /v4/opportunities?chainId=…&identifier=…` answers the
 * recorded-shape opportunity (test/fixtures/api/merkl/, shaped on the merkl-api v4 DTOs cited in
 * entrypoints/background/providers/merkl.ts) for FAKE_POOL on Ethereum, and the same campaign as a
 * UNISWAP_V4 opportunity for FAKE_V4_POOL, and the v3 one again on Base; any other pool has no opportunity (`[]`, as the real API answers).
 * Campaign times are moved so the UNI campaign runs from 10 days ago to 20 days ahead and the other ended
 * 5 days ago, whatever the date of the run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FakeHost } from './types';

/** The fake pools of test/e2e/fake-api.ts (FAKE_POOL, FAKE_V4_POOL), repeated here to keep the import one-way. */
const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const V4_POOL = '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27';
const DAY = 86_400;

const recorded = () =>
  readFileSync(
    fileURLToPath(new URL(`../../fixtures/api/merkl/opportunities-1-${POOL}.json`, import.meta.url)),
    'utf8',
  );

/** The UNI campaign live until 20 days from now; its rewards: 12.5 % APR, 4,109.589 USD a day. */
export const FAKE_MERKL_CAMPAIGN_DAYS_LEFT = 20;

function opportunities(identifier: string, type: string, chainId: number): string {
  // biome-ignore lint/suspicious/noExplicitAny: the recorded body is edited in place.
  const body = JSON.parse(recorded()) as any[];
  const now = Math.floor(Date.now() / 1000);
  const [live, ended] = body[0].campaigns;
  live.startTimestamp = String(now - 10 * DAY);
  live.endTimestamp = String(now + FAKE_MERKL_CAMPAIGN_DAYS_LEFT * DAY);
  ended.startTimestamp = String(now - 40 * DAY);
  ended.endTimestamp = String(now - 5 * DAY);
  body[0].identifier = identifier;
  body[0].chainId = chainId;
  for (const campaign of body[0].campaigns) campaign.computeChainId = chainId;
  body[0].type = type;
  for (const campaign of body[0].campaigns) campaign.type = type;
  return JSON.stringify(body);
}

export const merklHost: FakeHost = {
  host: 'api.merkl.xyz',
  body(path) {
    const url = new URL(path, 'https://api.merkl.xyz');
    if (url.pathname !== '/v4/opportunities') return '{"message":"Not Found"}';
    const identifier = (url.searchParams.get('identifier') ?? '').toLowerCase();
    const chainIds = (url.searchParams.get('chainId') ?? '').split(',');
    // Ethereum, and Base (where the fake chain serves the same pool: the issue-11 page is a Base pool).
    const chainId = chainIds.includes('1') ? 1 : chainIds.includes('8453') ? 8453 : null;
    if (chainId === null) return '[]';
    if (identifier === POOL) return opportunities('0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640', 'CLAMM', chainId);
    if (identifier === V4_POOL && chainId === 1) return opportunities(V4_POOL, 'UNISWAP_V4', chainId);
    return '[]';
  },
};
