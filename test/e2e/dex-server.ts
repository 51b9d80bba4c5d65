/**
 * A local HTTPS server that answers for the real DEX hostnames (Chromium maps them here with
 * --host-resolver-rules), so the manifest's match patterns are exercised exactly as shipped. Pages are
 * built from small fixtures: a heading with the pair, a version badge, range inputs on add-liquidity pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_HOSTS } from '../../core/sites/index';
import { API_HOSTS, FakeApi } from './fake-api';
import type { FixturePage } from './pages/types';
import { SITE_PAGES } from './pages/index';

/** Every host the content script runs on (the detectors' own list), two look-alikes, and the API hosts. */
export const DEX_HOSTS = [...SITE_HOSTS, 'app.uniswap.org.evil.example', 'evil.example', ...API_HOSTS];

export type { FixturePage } from './pages/types';

/** What each fixture URL shows; unknown paths get a plain page of the DEX with no pool. */
const PAGES: Record<string, FixturePage> = {
  'app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640': {
    title: 'WETH/USDC | Uniswap',
    heading: 'WETH / USDC 0.05%',
    badge: 'v3',
  },
  'app.uniswap.org/explore/pools/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc': {
    title: 'USDC/WETH | Uniswap',
    heading: 'USDC / WETH 0.3%',
    badge: 'v2',
  },
  'app.uniswap.org/explore/pools/ethereum/0x4e68ccd3e89f51c3074ca5072bbac773960dfa36': {
    title: 'hostile',
    heading: '<i>W<i> / USDT 0.3%',
    badge: 'v3',
    hostile: `<img src=x onerror=alert(1)> \u202Egnol\u202C ${'A'.repeat(300)}`,
  },
  'app.uniswap.org/positions/add/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640': {
    title: 'Add liquidity | Uniswap',
    heading: 'WETH / USDC 0.05%',
    badge: 'v3',
    range: { min: '1500', max: '2500', current: '2,000.00' },
    deposit: { symbolA: 'ETH', amountA: '0.5', symbolB: 'USDC', amountB: '1000' },
  },
  'pancakeswap.finance/liquidity/pool/bsc/0x172fcd41e0913e95784454622d1c3724f546f849': {
    title: 'PancakeSwap',
    heading: 'USDT / WBNB 0.01%',
  },
  'curve.finance/dex/ethereum/pools/3pool/deposit': { title: 'Curve', heading: '3pool' },
  'balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014': {
    title: 'Balancer',
    heading: '80BAL / 20WETH',
  },
  'aerodrome.finance/deposit': { title: 'Aerodrome', heading: 'WETH / USDC' },
  'www.geckoterminal.com/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640': {
    title: 'WETH/USDC 0.05% - GeckoTerminal',
    heading: 'WETH / USDC 0.05%',
  },
  'dexscreener.com/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640': {
    title: 'DEX Screener',
    heading: 'WETH / USDC',
  },
  'sushi.com/ethereum/pool/v3/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640': {
    title: 'SushiSwap',
    heading: 'WETH / USDC 0.05%',
    attackOverlay: true,
  },
};

/** Recorded-shape API fixtures the fake hosts serve (paths under test/fixtures/api/). */
const API_FIXTURES = {
  geckoPool: 'geckoterminal/pool-eth-0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640.json',
  geckoOhlcv: 'geckoterminal/ohlcv-day-eth-0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640.json',
  dexscreenerPair: 'dexscreener/pair-ethereum-0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640.json',
};

const TEMPLATE = readFileSync(fileURLToPath(new URL('../fixtures/pages/dex.html', import.meta.url)), 'utf8');

/**
 * The bench's stand-in for a DEX frontend's own JavaScript (real ones ship megabytes): about 2 MB of script
 * that the page parses and runs before its load event. Made once, deterministic.
 */
let appBundle: string | undefined;
function appScript(): string {
  appBundle ??= Array.from(
    { length: 8000 },
    (_, i) => `function app${i}(x){let s=0;for(let k=0;k<8;k++){s+=Math.imul(x+k,${i + 1})^(s>>>3);}return s;}`,
  )
    .concat('window.__appResult=0;for(let i=0;i<8000;i+=97){window.__appResult^=globalThis["app"+i](i);}')
    .join('\n');
  return appBundle;
}

/** Real-markup fixture pages (test/fixtures/pages/sites/), read once. */
const markupFiles = new Map<string, string>();
function markupPage(file: string): string {
  let html = markupFiles.get(file);
  if (html === undefined) {
    html = readFileSync(fileURLToPath(new URL(`../fixtures/pages/sites/${file}`, import.meta.url)), 'utf8');
    markupFiles.set(file, html);
  }
  return html;
}

function pageFor(host: string, path: string, withApp = false): string {
  const key = `${host}${path}`;
  const found = PAGES[key] ??
    SITE_PAGES[key] ?? {
      title: `${host}: not a pool page`,
      heading: 'Swap anytime, anywhere.',
    };
  // A page that reproduces a real frontend's markup is served as it is.
  if (found.file) return markupPage(found.file);
  const fixture = withApp ? { ...found, appScript: true } : found;
  // The fixture travels as JSON inside a script tag of type application/json; the page renders it with
  // textContent, so hostile strings stay text. `<` is escaped so no string can close the tag.
  const data = JSON.stringify(fixture).replace(/</g, '\\u003c');
  return TEMPLATE.replace('__FIXTURE_JSON__', data);
}

export interface DexServer {
  port: number;
  api: FakeApi;
  hostResolverRules: string;
  close(): Promise<void>;
}

/**
 * `port` 0 (the default) picks a free port, for Chromium's --host-resolver-rules. Firefox can only map
 * host names to an address, not a port, so its suite asks for 443 (needs root), keeping page URLs portless.
 */
export async function startDexServer({ port: wanted = 0 }: { port?: number } = {}): Promise<DexServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lens-cert-'));
  const san = DEX_HOSTS.map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=lens-fixtures',
      '-addext',
      `subjectAltName=${san}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const api = new FakeApi(API_FIXTURES);
  const server: Server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => respond(req, res, body));
    },
  );
  const respond = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    // Firefox sends its own background requests (settings, telemetry, ...) here too: not ours, not counted.
    if (!DEX_HOSTS.includes(host)) return void res.writeHead(404, { 'cache-control': 'no-store' }).end();
    if (api.handle(req, res, host, body)) return;
    const url = new URL(req.url ?? '/', 'https://x');
    if (url.pathname === '/__app.js')
      return void res
        .writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
        .end(appScript());
    const path = url.pathname.replace(/\/$/, '') || '/';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(pageFor(host, path, url.searchParams.has('app-bundle')));
  };
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      rmSync(dir, { recursive: true, force: true });
      const why =
        { EADDRINUSE: 'another process listens there', EACCES: 'ports below 1024 need root' }[error.code ?? ''] ??
        error.message;
      reject(new Error(`The fixture server cannot listen on 127.0.0.1:${wanted}: ${why}.`, { cause: error }));
    };
    server.once('error', failed);
    server.listen(wanted, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const rules = [...DEX_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(
    ', ',
  );
  return {
    port,
    api,
    hostResolverRules: rules,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}
