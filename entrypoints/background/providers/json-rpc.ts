/** JSON-RPC `eth_call` over our HttpClient (rate limits, deadline, retries), answers checked with a schema. */
import * as v from 'valibot';
import type { Hex } from 'viem';
import { describeProblem, type JsonClient } from '../http';
import { lt, type Said } from '../../../lib/i18n/localized-text';

const HEX = /^0x[0-9a-fA-F]*$/;
const RpcReplySchema = v.array(
  v.object({
    id: v.number(),
    result: v.optional(v.pipe(v.string(), v.regex(HEX), v.maxLength(20_000))),
    error: v.optional(v.object({ code: v.number(), message: v.pipe(v.string(), v.maxLength(500)) })),
  }),
);

export type EthCall = { to: string; data: string };

/** One batch of eth_calls; each answer is its hex result, or null when that call reverted or is missing. */
export async function ethCalls(
  http: JsonClient,
  url: string,
  calls: EthCall[],
  deadline: number,
): Promise<{ ok: true; results: (Hex | null)[] } | { ok: false; reason: Said }> {
  const body = calls.map((call, id) => ({ jsonrpc: '2.0', id, method: 'eth_call', params: [call, 'latest'] }));
  const outcome = await http.json(url, { method: 'POST', body, deadline });
  if (!outcome.ok) return { ok: false, reason: lt('worker.reason.rpc', { problem: describeProblem(outcome.problem) }) };
  const parsed = v.safeParse(RpcReplySchema, outcome.json);
  if (!parsed.success) return { ok: false, reason: lt('worker.reason.rpcShape') };
  const byId = new Map(parsed.output.map((reply) => [reply.id, reply]));
  return { ok: true, results: calls.map((_, id) => (byId.get(id)?.result as Hex | undefined) ?? null) };
}

/** A single eth_call: its hex result (null when it reverted or returned nothing), or why there is none. */
export async function ethCall(
  http: JsonClient,
  url: string,
  call: EthCall,
  deadline: number,
): Promise<{ ok: true; result: Hex | null } | { ok: false; reason: Said }> {
  const answer = await ethCalls(http, url, [call], deadline);
  if (!answer.ok) return answer;
  const result = answer.results[0] ?? null;
  return { ok: true, result: result && result.length > 2 ? result : null };
}

/** Any JSON-RPC method (eth_feeHistory, eth_gasPrice...): the caller checks the result's shape with its own schema. */
export type RpcRequest = { method: string; params: unknown[] };

const AnyRpcReplySchema = v.array(
  v.object({
    id: v.number(),
    result: v.optional(v.unknown()),
    error: v.optional(v.object({ code: v.number(), message: v.pipe(v.string(), v.maxLength(500)) })),
  }),
);

/**
 * One batch of JSON-RPC requests of any method, the same way ethCalls sends eth_call (a batch, so one answer
 * shape for the fake chain and the real one). Each answer is its untrusted `result`, or undefined when that
 * request failed or is missing.
 */
export async function rpcRequests(
  http: JsonClient,
  url: string,
  requests: RpcRequest[],
  deadline: number,
): Promise<{ ok: true; results: unknown[] } | { ok: false; reason: Said }> {
  const body = requests.map(({ method, params }, id) => ({ jsonrpc: '2.0', id, method, params }));
  const outcome = await http.json(url, { method: 'POST', body, deadline });
  if (!outcome.ok) return { ok: false, reason: lt('worker.reason.rpc', { problem: describeProblem(outcome.problem) }) };
  const parsed = v.safeParse(AnyRpcReplySchema, outcome.json);
  if (!parsed.success) return { ok: false, reason: 'RPC answer did not have the JSON-RPC batch shape' };
  const byId = new Map(parsed.output.map((reply) => [reply.id, reply]));
  return { ok: true, results: requests.map((_, id) => byId.get(id)?.result) };
}
