/**
 * Every fake beyond the original three hosts: one line per file in this folder. One fake per host where they
 * overlap: coins.llama.fi is defillama.ts, which also serves llama-prices.ts's reward-token prices.
 */
import { balancerNTokens } from './balancer-n-tokens';
import { curve3pool } from './curve-3pool';
import { curveApi } from './curve-api';
import { defiLlamaCoinsHost, defiLlamaYieldsHost } from './defillama';
import { gasOracleFake } from './gas-oracle';
import { gasPriceFake } from './gas-price';
import { geckoTerminalBalancer } from './geckoterminal-balancer';
import { geckoTerminalInfinityBsc } from './geckoterminal-infinity-bsc';
import { geckoTerminalPancakeBsc } from './geckoterminal-pancake-bsc';
import { goplusFake } from './goplus';
import { merklHost } from './merkl';
import { pancakeInfinityCl } from './pancake-infinity-cl';
import { pancakeInfinityClPosition } from './pancake-infinity-cl-position';
import { pancakeMasterChefFake } from './pancake-masterchef';
import { pancakeV3Position } from './pancake-v3-position';
import { solidlyGaugeFake } from './solidly-gauge';
import { uniswapV4Position } from './uniswap-v4-position';
import type { FakeChainContract, FakeHost, FakeRpcMethod } from './types';

export const FAKE_HOSTS: readonly FakeHost[] = [
  curveApi,
  geckoTerminalBalancer,
  geckoTerminalPancakeBsc,
  geckoTerminalInfinityBsc,
  goplusFake,
  merklHost,
  defiLlamaYieldsHost,
  defiLlamaCoinsHost,
];

export const FAKE_CHAIN_CONTRACTS: readonly FakeChainContract[] = [
  curve3pool,
  balancerNTokens,
  pancakeV3Position,
  uniswapV4Position,
  pancakeInfinityCl,
  pancakeInfinityClPosition,
  solidlyGaugeFake,
  pancakeMasterChefFake,
  gasOracleFake,
];

/** JSON-RPC methods other than eth_call that the fake chain answers. */
export const FAKE_RPC_METHODS: readonly FakeRpcMethod[] = [gasPriceFake];
