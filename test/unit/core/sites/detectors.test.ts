import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHAIN_IDS, SITE_DETECTORS, SITE_HOSTS, detectPoolPage } from '../../../../core/sites/index';
import type { PoolIdentifier, PoolPageRef, SiteDetector } from '../../../../core/sites/index';
import { SITE_EXAMPLES } from '../../../../core/sites/examples';

const examplesOf = (detector: SiteDetector) => SITE_EXAMPLES[detector.id];

const exampleUrls = (detector: SiteDetector): string[] => [
  ...examplesOf(detector).positive.map(([url]) => url),
  ...examplesOf(detector).negative,
];

const detectString = (detector: SiteDetector, url: string): PoolPageRef | null => detector.detect(new URL(url));

describe.each(SITE_DETECTORS.map((detector) => [detector.id, detector] as const))('%s detector', (_id, detector) => {
  it('has enough examples of both kinds', () => {
    expect(examplesOf(detector).positive.length).toBeGreaterThanOrEqual(3);
    expect(examplesOf(detector).negative.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examplesOf(detector).positive)('detects %s', (url, expected) => {
    expect(expected.site).toBe(detector.id);
    expect(detectString(detector, url)).toStrictEqual(expected);
    expect(detectPoolPage(url)).toStrictEqual(expected);
  });

  it.each(examplesOf(detector).negative)('rejects %s', (url) => {
    expect(new URL(url).host, 'a negative example must be on the site itself').toSatisfy((host: string) =>
      detector.hosts.includes(host),
    );
    expect(detectString(detector, url)).toBeNull();
    expect(detectPoolPage(url)).toBeNull();
  });

  it('claims none of the other sites’ example URLs', () => {
    const others = SITE_DETECTORS.filter((other) => other !== detector);
    for (const other of others) {
      for (const url of exampleUrls(other)) {
        expect(detectString(detector, url), `${detector.id} claims ${other.id} example ${url}`).toBeNull();
      }
    }
  });
});

describe('site table', () => {
  it('gives every detector a unique id and every host to exactly one detector', () => {
    const ids = SITE_DETECTORS.map((detector) => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(SITE_HOSTS).size).toBe(SITE_HOSTS.length);
  });

  it('lists hosts in the form URL.host produces (lower case, no scheme, no port)', () => {
    for (const host of SITE_HOSTS) expect(new URL(`https://${host}/`).host).toBe(host);
  });

  it('normalises every positive example to the internal chain list and id formats', () => {
    for (const detector of SITE_DETECTORS) {
      for (const [url, expected] of examplesOf(detector).positive) {
        if (expected.chain !== null) expect(CHAIN_IDS, url).toContain(expected.chain);
        expectWellFormed(expected.pool, url);
      }
    }
  });
});

function expectWellFormed(pool: PoolIdentifier, url: string): void {
  const evmAddress = /^0x[0-9a-f]{40}$/;
  const bytes32 = /^0x[0-9a-f]{64}$/;
  const base58 = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
  const token = (value: string) => value === 'native' || evmAddress.test(value);
  switch (pool.type) {
    case 'address':
      expect(pool.address, url).toMatch(evmAddress);
      break;
    case 'pool-id':
      expect(pool.id, url).toMatch(bytes32);
      if (pool.address !== undefined) expect(pool.id.startsWith(pool.address), url).toBe(true);
      break;
    case 'position':
      expect(pool.tokenId, url).toMatch(/^[1-9][0-9]*$/);
      break;
    case 'pair':
      expect(token(pool.token0) && token(pool.token1), url).toBe(true);
      break;
    case 'curve-name':
      expect(pool.name, url).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
      break;
    case 'solana-address':
      expect(pool.address, url).toMatch(base58);
      break;
    case 'solana-address-lowercased':
      expect(pool.lowercased, url).toBe(pool.lowercased.toLowerCase());
      break;
    case 'solana-position':
      expect(pool.pool, url).toMatch(base58);
      expect(pool.positionMint, url).toMatch(base58);
      break;
  }
}

describe('detectPoolPage on hostile or broken input', () => {
  const realPool = 'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';

  it('accepts the real page, ignoring host letter case, a trailing slash and unrelated query strings', () => {
    const expected = detectPoolPage(realPool);
    expect(expected).not.toBeNull();
    expect(detectPoolPage(realPool.replace('app.uniswap.org', 'APP.Uniswap.ORG'))).toStrictEqual(expected);
    expect(detectPoolPage(`${realPool}/`)).toStrictEqual(expected);
    expect(detectPoolPage(`${realPool}?utm_source=x&chain=arbitrum`)).toStrictEqual(expected);
    expect(detectPoolPage(`${realPool}#section`)).toStrictEqual(expected);
    expect(detectPoolPage(`${realPool}#/stray/hash-route`)).toStrictEqual(expected);
    expect(detectPoolPage(realPool.replace('https://', 'https://user:pass@'))).toStrictEqual(expected);
  });

  it.each([
    ['plain http', realPool.replace('https://', 'http://')],
    ['another scheme', realPool.replace('https://', 'ftp://')],
    ['a look-alike host', realPool.replace('app.uniswap.org', 'app-uniswap.org')],
    ['a parent domain', realPool.replace('app.uniswap.org', 'uniswap.org')],
    ['a sibling subdomain', realPool.replace('app.uniswap.org', 'beta.app.uniswap.org')],
    ['the host as a prefix of another domain', realPool.replace('app.uniswap.org', 'app.uniswap.org.evil.example')],
    ['a trailing-dot host', realPool.replace('app.uniswap.org', 'app.uniswap.org.')],
    ['a non-default port', realPool.replace('app.uniswap.org', 'app.uniswap.org:8443')],
    ['the host as user info', realPool.replace('https://', 'https://app.uniswap.org@evil.example/')],
    ['the URL smuggled in a query', `https://evil.example/?u=${realPool}`],
    ['the URL smuggled encoded in a query', `https://evil.example/?u=${encodeURIComponent(realPool)}`],
    ['the URL smuggled in a hash', `https://evil.example/#${realPool}`],
    [
      'the route smuggled in the query of a real host',
      `https://app.uniswap.org/swap?next=/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640`,
    ],
    [
      'the route smuggled in the hash of a path-routed site',
      'https://dexscreener.com/#/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    ],
    ['a Curve hash route on a look-alike host', 'https://curve.fi.evil.example/#/ethereum/pools/3pool/deposit'],
    [
      'a Balancer hash route on an unlisted subdomain',
      'https://evil.balancer.fi/#/ethereum/pool/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
    ],
    [
      'a javascript: URL',
      'javascript:alert("https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640")',
    ],
    ['a data: URL', `data:text/html,${realPool}`],
    ['a relative URL', '/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640'],
    ['a URL without scheme', 'app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640'],
  ])('rejects %s', (_case, url) => {
    expect(detectPoolPage(url)).toBeNull();
  });

  it.each([
    [
      'an address one digit short',
      'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f564',
    ],
    ['an address with a non-hex digit', 'https://dexscreener.com/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f564g'],
    ['an address with a space', 'https://dexscreener.com/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fc%203f5640'],
    [
      'a 31-byte id',
      'https://app.uniswap.org/explore/pools/ethereum/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca',
    ],
    [
      'a 33-byte id',
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f5600020000000000000000001400',
    ],
    ['a Solana address with 0', 'https://www.orca.so/pools/0zfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE'],
    ['a Solana address with O', 'https://www.orca.so/pools/Ozfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE'],
    ['a too short Solana address', 'https://app.meteora.ag/dlmm/BGm1tav58oGcsQJehL9WXBFXF7D27vZ'],
    ['a too long Solana address', 'https://app.meteora.ag/dlmm/BGm1tav58oGcsQJehL9WXBFXF7D27vZsKefj4xJKD5YBGm1'],
    ['a huge position id', `https://app.uniswap.org/positions/v3/ethereum/${'9'.repeat(40)}`],
    ['a negative position id', 'https://app.uniswap.org/positions/v3/ethereum/-5'],
    ['a hex position id', 'https://pancakeswap.finance/liquidity/0x1f?chain=bsc'],
    ['broken percent-encoding', 'https://dexscreener.com/ethereum/%E0%A4%A'],
    ['an encoded slash inside an id', 'https://www.orca.so/pools/Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE%2Fx'],
  ])('rejects %s', (_case, url) => {
    expect(detectPoolPage(url)).toBeNull();
  });

  it.each([
    ['empty string', ''],
    ['whitespace', '   '],
    ['not a URL', 'not a url'],
    ['a lone scheme', 'https://'],
    ['an invalid host', 'https://exa mple.com/pools/x'],
    ['an unclosed IPv6 host', 'https://[::1/pools'],
  ])('returns null for the malformed URL string: %s', (_case, url) => {
    expect(detectPoolPage(url)).toBeNull();
  });

  it.each([undefined, null, 42, {}, [], { href: realPool }, new URL(realPool), Symbol('url'), () => realPool])(
    'returns null for the non-string %s',
    (value) => {
      expect(detectPoolPage(value as unknown as string)).toBeNull();
    },
  );

  it('never throws, whatever the string', () => {
    const hosts = fc.constantFrom(...SITE_HOSTS);
    const segment = fc.oneof(
      fc.string(),
      fc.constantFrom('pools', 'pool', 'explore', 'ethereum', 'solana', 'v2', 'v3', 'dex', 'liquidity', 'deposit'),
      fc.constantFrom('%', '%E0', '%2F', '..', '#', '?'),
      fc.stringMatching(/^0x[0-9a-fA-F]{0,66}$/),
    );
    const siteLikeUrl = fc
      .tuple(hosts, fc.array(segment, { maxLength: 7 }), fc.string(), fc.string())
      .map(([host, segments, query, hash]) => `https://${host}/${segments.join('/')}?${query}#/${hash}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), siteLikeUrl), (url) => {
        const result = detectPoolPage(url);
        expect(result === null || typeof result === 'object').toBe(true);
      }),
      { numRuns: 3000 },
    );
    // 3,000 URLs take about a second; a machine loaded by parallel builds has needed six.
  }, 30_000);
});

describe.each(SITE_DETECTORS.map((detector) => [detector.id, detector] as const))(
  '%s: look-alike hosts get nothing',
  (_id, detector) => {
    it.each(SITE_EXAMPLES[detector.id].positive.map(([url]) => url))('%s on look-alike hosts', (url) => {
      const real = new URL(url);
      const lookAlikes = [
        `${real.host}.evil.example`, // the real host as a prefix of another domain
        `evil-${real.host}`, // a longer name ending like it
        `${real.host.replace(/\./g, '-')}.example`, // dots turned into dashes
        `${real.host.split('.')[0]}.evil.example`, // the same first label elsewhere
      ];
      for (const host of lookAlikes) {
        const copy = new URL(url);
        copy.host = host;
        expect(detectPoolPage(copy.href), copy.href).toBeNull();
      }
    });
  },
);
