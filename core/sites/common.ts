/**
 * Helpers shared by the site detectors: id validation, URL splitting, a tiny route matcher and `defineSite`.
 * Everything here is pure and never throws on hostile input.
 */
import { isSolanaChain, type ChainId } from './chains';
import type {
  Bytes32,
  HexAddress,
  PageKind,
  PoolIdentifier,
  PoolMatch,
  PoolPageRef,
  SiteDetector,
  SiteId,
  SolanaAddress,
  TokenRef,
} from './types';

// ---------------------------------------------------------------------------------------------------------
// Ids. Each parser returns the normalised value, or null when the text is not a well-formed id: a page whose
// URL holds a malformed id shows an error, not a pool.

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const BYTES32 = /^0x[0-9a-fA-F]{64}$/;
/** Base58 leaves out 0, O, I and l; public keys are 32 bytes, which is 32 to 44 characters. */
const SOLANA_ADDRESS = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
/** Position managers mint ids from 1 upward; 20 digits is far beyond any real count and keeps ids sane. */
const POSITION_TOKEN_ID = /^[1-9][0-9]{0,19}$/;
const DECIMAL_INTEGER = /^(0|-?[1-9][0-9]{0,9})$/;
/** Symbols the apps write in place of an address for the gas token (Uniswap `ETH`/`NATIVE`, LFJ `AVAX`...). */
const NATIVE_TOKEN_SYMBOLS = new Set(['NATIVE', 'ETH', 'BNB', 'AVAX', 'MATIC', 'POL', 'CELO', 'XDAI', 'FTM', 'MNT']);

export function parseEvmAddress(text: string): HexAddress | null {
  return EVM_ADDRESS.test(text) ? (text.toLowerCase() as HexAddress) : null;
}

export function parseBytes32(text: string): Bytes32 | null {
  return BYTES32.test(text) ? (text.toLowerCase() as Bytes32) : null;
}

export function parseSolanaAddress(text: string): SolanaAddress | null {
  return SOLANA_ADDRESS.test(text) ? text : null;
}

export function parsePositionTokenId(text: string): string | null {
  return POSITION_TOKEN_ID.test(text) ? text : null;
}

/** A decimal integer within [min, max]; anything else (hex, floats, `1e3`, padding) is null. */
export function parseIntegerInRange(text: string | null | undefined, min: number, max: number): number | null {
  if (text == null || !DECIMAL_INTEGER.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

export function parseTokenRef(text: string | null | undefined): TokenRef | null {
  if (text == null) return null;
  if (NATIVE_TOKEN_SYMBOLS.has(text.toUpperCase())) return 'native';
  return parseEvmAddress(text);
}

// ---------------------------------------------------------------------------------------------------------
// Pool identifiers.

export function addressPool(text: string): PoolIdentifier | null {
  const address = parseEvmAddress(text);
  return address === null ? null : { type: 'address', address };
}

export function poolIdPool(text: string): PoolIdentifier | null {
  const id = parseBytes32(text);
  return id === null ? null : { type: 'pool-id', id };
}

/** An EVM pool named either by its contract (20 bytes) or by a v4-style 32-byte id. */
export function evmPool(text: string): PoolIdentifier | null {
  return addressPool(text) ?? poolIdPool(text);
}

export function solanaPool(text: string): PoolIdentifier | null {
  const address = parseSolanaAddress(text);
  return address === null ? null : { type: 'solana-address', address };
}

/** A pool on a chain we already know, validated with that chain's address format. */
export function poolOnChain(chain: ChainId | undefined, text: string): PoolIdentifier | null {
  if (chain === undefined) return null;
  return isSolanaChain(chain) ? solanaPool(text) : evmPool(text);
}

/** Tokens are the two ends of the pair; the other fields are left out when undefined so refs compare cleanly. */
export function pairPool(
  token0: string | null | undefined,
  token1: string | null | undefined,
  options: { fee?: number; binStep?: number; stable?: boolean; tickSpacing?: number } = {},
): PoolIdentifier | null {
  const first = parseTokenRef(token0);
  const second = parseTokenRef(token1);
  if (first === null || second === null) return null;
  return { type: 'pair', token0: first, token1: second, ...withoutUndefined(options) };
}

export function positionPool(
  text: string,
  details: { protocolVersion?: string; pool?: HexAddress } = {},
): PoolIdentifier | null {
  const tokenId = parsePositionTokenId(text);
  return tokenId === null ? null : { type: 'position', tokenId, ...withoutUndefined(details) };
}

/** Fee tiers in hundredths of a basis point: 1_000_000 would be a 100% fee. */
export function parseFeeTier(text: string | null | undefined): number | null {
  return parseIntegerInRange(text, 1, 999_999);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------------------
// Results. `chain` follows the `ChainLookup` convention: undefined = a chain name we cannot place (no
// result), null = the URL names no chain (a result with `chain: null`).

export function found(match: {
  kind: PageKind;
  chain: ChainId | null | undefined;
  pool: PoolIdentifier | null;
  version?: string | undefined;
}): PoolMatch | null {
  const { kind, chain, pool, version } = match;
  if (chain === undefined || pool === null) return null;
  return version === undefined ? { chain, kind, pool } : { chain, kind, pool, version };
}

// ---------------------------------------------------------------------------------------------------------
// URL splitting. Segments are percent-decoded; empty ones (trailing or doubled slashes) are dropped.

function splitRoute(path: string): string[] | null {
  try {
    return path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null; // malformed percent-encoding: not a page we can read
  }
}

/** The part of a hash-router URL after `#`, e.g. `#/arbitrum/pools/0x..?x=1`, split into route and query. */
function hashRoute(url: URL): { segments: string[]; query: URLSearchParams } | null {
  if (!url.hash.startsWith('#/')) return null;
  const route = url.hash.slice(1);
  const queryStart = route.indexOf('?');
  const path = queryStart === -1 ? route : route.slice(0, queryStart);
  const segments = splitRoute(path);
  if (segments === null) return null;
  return { segments, query: new URLSearchParams(queryStart === -1 ? '' : route.slice(queryStart + 1)) };
}

/** What a route handler can read besides its path parameters. */
export interface PageContext {
  readonly url: URL;
  /** The query string, plus the one inside the hash on hash-router sites. */
  readonly query: URLSearchParams;
}

interface RoutedPage {
  readonly segments: readonly string[];
  readonly page: PageContext;
}

/**
 * `path`: the route is the URL path; the hash is ignored.
 * `path-and-hash`: for sites that use (or used) a hash router, a `#/...` hash continues the path, so
 * `curve.fi/#/ethereum/pools/3pool` and `curve.fi/dex/#/ethereum/pools/3pool` both read as route segments.
 * The path alone is tried first, so a stray `#/...` fragment on a path-routed page does not hide it.
 */
export type RouterKind = 'path' | 'path-and-hash';

function routedPages(url: URL, router: RouterKind): RoutedPage[] {
  const pathSegments = splitRoute(url.pathname);
  if (pathSegments === null) return [];
  const pathOnly: RoutedPage = { segments: pathSegments, page: { url, query: url.searchParams } };
  const hash = router === 'path-and-hash' ? hashRoute(url) : null;
  if (hash === null || hash.segments.length === 0) return [pathOnly];
  const query = new URLSearchParams(url.searchParams);
  for (const [key, value] of hash.query) query.append(key, value);
  return [pathOnly, { segments: [...pathSegments, ...hash.segments], page: { url, query } }];
}

// ---------------------------------------------------------------------------------------------------------
// Routes: patterns like `explore/pools/:chain/:pool` or `pools/:id/:tab?` (optional parameters only at the
// end). The parameter names are typed from the pattern, so a handler cannot read a parameter it did not
// declare.

type PatternParts<P extends string> = P extends `${infer Head}/${infer Rest}` ? Head | PatternParts<Rest> : P;
type RequiredName<Part> = Part extends `:${string}?` ? never : Part extends `:${infer Name}` ? Name : never;
type OptionalName<Part> = Part extends `:${infer Name}?` ? Name : never;

export type RouteParams<P extends string> = { readonly [Name in RequiredName<PatternParts<P>>]: string } & {
  readonly [Name in OptionalName<PatternParts<P>>]?: string;
};

export interface Route {
  readonly pattern: string;
  readonly resolve: (segments: readonly string[], page: PageContext) => PoolMatch | null;
}

export function matchRoute<P extends string>(pattern: P, segments: readonly string[]): RouteParams<P> | null {
  const parts = pattern.split('/');
  if (segments.length > parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index];
    const isOptional = part.endsWith('?');
    if (segment === undefined) {
      if (isOptional) continue;
      return null;
    }
    if (part.startsWith(':')) params[part.slice(1, isOptional ? -1 : undefined)] = segment;
    else if (part !== segment) return null;
  }
  return params as RouteParams<P>;
}

export function route<P extends string>(
  pattern: P,
  resolve: (params: RouteParams<P>, page: PageContext) => PoolMatch | null,
): Route {
  return {
    pattern,
    resolve: (segments, page) => {
      const params = matchRoute(pattern, segments);
      return params === null ? null : resolve(params, page);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Sites.

export interface SiteDefinition {
  readonly id: SiteId;
  readonly hosts: readonly string[];
  readonly router?: RouterKind;
  /** Tried in order; the first route that matches and resolves wins. */
  readonly routes: readonly Route[];
}

/** `URL.host` keeps a non-default port, so `https://app.uniswap.org:8443/` is not the real site. */
export function isSecureOnHost(url: URL, hosts: readonly string[]): boolean {
  return url.protocol === 'https:' && hosts.includes(url.host);
}

/** Builds a detector whose `detect` gates on https + exact host before any route is tried. */
export function defineSite(definition: SiteDefinition): SiteDetector {
  const { id, hosts, routes, router = 'path' } = definition;
  const detect = (url: URL): PoolPageRef | null => {
    if (!isSecureOnHost(url, hosts)) return null;
    for (const { segments, page } of routedPages(url, router)) {
      for (const candidate of routes) {
        const match = candidate.resolve(segments, page);
        if (match !== null) return { site: id, ...match };
      }
    }
    return null;
  };
  return { id, hosts, detect };
}
