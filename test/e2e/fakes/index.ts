/** Every fake beyond the original three hosts: one line per file in this folder. */
import type { FakeChainContract, FakeHost } from './types';
import { geckoTerminalBalancer } from './geckoterminal-balancer';

export const FAKE_HOSTS: readonly FakeHost[] = [geckoTerminalBalancer];

export const FAKE_CHAIN_CONTRACTS: readonly FakeChainContract[] = [];
