/** Every fake beyond the original three hosts: one line per file in this folder. */
import { defiLlamaCoinsHost, defiLlamaYieldsHost } from './defillama';
import { merklHost } from './merkl';
import type { FakeChainContract, FakeHost } from './types';

export const FAKE_HOSTS: readonly FakeHost[] = [merklHost, defiLlamaYieldsHost, defiLlamaCoinsHost];

export const FAKE_CHAIN_CONTRACTS: readonly FakeChainContract[] = [];
