/**
 * GoPlus token security on its real host. Shape: `{ code: 1, message: "OK", result: { [address]: record } }`,
 * every yes/no a "1"/"0" string, taxes fractions as strings, `holders` / `lp_holders` top lists with `percent`
 * (a fraction) and `is_locked` 1/0 (GoPlusSecurity/goplus-sdk-node example/t7.js; docs.gopluslabs.io/reference/
 * token-security-api).
 *
 * On the fake pool, token0 (the USDC contract address the fake chain serves on every chain) is a token the
 * owner can mint and whose balances the owner can change; every other token is clean. On Ethereum that address
 * is a well-known token (no noise); on Base (the Aerodrome pages) it is not, so the danger shows there.
 */
import type { FakeHost } from './types';

export const GOPLUS_RISKY_TOKEN = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';

const holder = (address: string, percent: string, locked: 0 | 1) => ({
  address,
  tag: '',
  is_contract: 0,
  balance: '1000',
  percent,
  is_locked: locked,
});

function record(risky: boolean) {
  return {
    anti_whale_modifiable: '0',
    buy_tax: risky ? '0.05' : '0',
    sell_tax: risky ? '0.1' : '0',
    can_take_back_ownership: '0',
    cannot_buy: '0',
    cannot_sell_all: '0',
    creator_address: '0x1111111111111111111111111111111111111111',
    hidden_owner: '0',
    holder_count: '4200',
    // Top holders: 0.3 + 0.2 + 0.1 = 0.6 of the supply (risky); 0.05 + 0.04 = 0.09 (clean).
    holders: risky
      ? [
          holder('0x2222222222222222222222222222222222222222', '0.3', 0),
          holder('0x3333333333333333333333333333333333333333', '0.2', 0),
          holder('0x4444444444444444444444444444444444444444', '0.1', 0),
        ]
      : [
          holder('0x2222222222222222222222222222222222222222', '0.05', 0),
          holder('0x3333333333333333333333333333333333333333', '0.04', 0),
        ],
    is_blacklisted: '0',
    is_honeypot: '0',
    is_in_dex: '1',
    is_mintable: risky ? '1' : '0',
    is_open_source: '1',
    is_proxy: '0',
    // LP: 0.25 locked of 0.25 + 0.75 (risky); all of it locked (clean).
    lp_holders: risky
      ? [
          holder('0x000000000000000000000000000000000000dead', '0.25', 1),
          holder('0x5555555555555555555555555555555555555555', '0.75', 0),
        ]
      : [holder('0x000000000000000000000000000000000000dead', '1', 1)],
    owner_address: risky ? '0x6666666666666666666666666666666666666666' : '',
    owner_change_balance: risky ? '1' : '0',
    selfdestruct: '0',
    token_name: risky ? 'Fake Mintable' : 'Fake Clean',
    token_symbol: risky ? 'MINT' : 'CLEAN',
    trading_cooldown: '0',
    transfer_pausable: '0',
  };
}

export const goplusFake: FakeHost = {
  host: 'api.gopluslabs.io',
  body(path) {
    const url = new URL(path, 'https://api.gopluslabs.io');
    if (!url.pathname.startsWith('/api/v1/token_security/'))
      return JSON.stringify({ code: 4012, message: 'not found', result: null });
    const addresses = (url.searchParams.get('contract_addresses') ?? '').toLowerCase().split(',').filter(Boolean);
    const result = Object.fromEntries(addresses.map((a) => [a, record(a === GOPLUS_RISKY_TOKEN)]));
    return JSON.stringify({ code: 1, message: 'OK', result });
  },
};
