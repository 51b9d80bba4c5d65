/**
 * A JsonClient for provider tests: each URL's answer is scripted, either a parsed body or a transport problem
 * as HttpClient reports it after its retries (429, 500, timeout, malformed JSON), so every failure is one line.
 * The fake chain reuses the e2e fakes (test/e2e/fakes), so unit and e2e tests read the same contracts.
 */
import type { FetchProblem, JsonClient, RequestOptions } from '../../../../../entrypoints/background/http';
import type { FakeChainContract, FakeRpcMethod } from '../../../../e2e/fakes/types';

export type Answer = { json: unknown } | { problem: FetchProblem };

export interface ScriptedClient extends JsonClient {
  readonly requests: { url: string; body: unknown }[];
}

export function scriptedClient(route: (url: string, body: unknown) => Answer): ScriptedClient {
  const requests: { url: string; body: unknown }[] = [];
  return {
    requests,
    async json(url: string, options: RequestOptions) {
      requests.push({ url, body: options.body });
      const answer = route(url, options.body);
      return 'json' in answer ? { ok: true, json: answer.json } : { ok: false, problem: answer.problem, attempts: 3 };
    },
  };
}

/** What a test contract answers to make a call revert outright (null only passes the call to the next fake). */
export const REVERT = 'revert';

type Call = { id: number; method: string; params: unknown[] };

/** A JSON-RPC batch answered by fake contracts (eth_call) and fake methods; anything else errors as a node does. */
export function chainReply(
  body: unknown,
  contracts: readonly FakeChainContract[],
  methods: readonly FakeRpcMethod[] = [],
): unknown {
  return (body as Call[]).map(({ id, method, params }) => {
    if (method === 'eth_call') {
      const { to, data } = params[0] as { to: string; data: string };
      for (const contract of contracts) {
        const result = contract(to.toLowerCase(), data);
        if (result === REVERT) break;
        if (result !== null) return { jsonrpc: '2.0', id, result };
      }
      return { jsonrpc: '2.0', id, error: { code: 3, message: 'execution reverted' } };
    }
    for (const fake of methods) {
      const result = fake(method, params);
      if (result !== undefined) return { jsonrpc: '2.0', id, result };
    }
    return { jsonrpc: '2.0', id, error: { code: -32601, message: 'method not found' } };
  });
}

/** The transport failures every provider must turn into a note and no figures, with the words the note says. */
export const TRANSPORT_FAILURES: [string, FetchProblem, RegExp][] = [
  ['429', { kind: 'http', status: 429 }, /rate limited \(HTTP 429\)/],
  ['500', { kind: 'http', status: 500 }, /server error \(HTTP 500\)/],
  ['timeout', { kind: 'timeout' }, /no answer before the deadline/],
  ['malformed', { kind: 'malformed' }, /answer was not valid JSON/],
];
