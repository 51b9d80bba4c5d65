/** Every fake beyond the original three hosts: one line per file in this folder. */
import { curve3pool } from './curve-3pool';
import { curveApi } from './curve-api';
import type { FakeChainContract, FakeHost } from './types';

export const FAKE_HOSTS: readonly FakeHost[] = [curveApi];

export const FAKE_CHAIN_CONTRACTS: readonly FakeChainContract[] = [curve3pool];
