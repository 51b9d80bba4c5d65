/** Every fake beyond the original three hosts: one line per file in this folder. */
import type { FakeChainContract, FakeHost } from './types';
import { geckoTerminalBalancer } from './geckoterminal-balancer';
import { geckoTerminalPancakeBsc } from './geckoterminal-pancake-bsc';
import { pancakeV3Position } from './pancake-v3-position';

export const FAKE_HOSTS: readonly FakeHost[] = [geckoTerminalBalancer, geckoTerminalPancakeBsc];

export const FAKE_CHAIN_CONTRACTS: readonly FakeChainContract[] = [pancakeV3Position];
