/**
 * The shapes a fake takes: a whole API host, contracts on the fake chain answering eth_call, or a JSON-RPC method
 * other than eth_call (eth_feeHistory, eth_gasPrice) that the fake chain answers.
 */

/**
 * An API host on its real name: the body for a path (and request body), as the real API would send it. Null
 * means "not one of mine": several fakes can share a host (GeckoTerminal pools, one file per pool), and a
 * host's built-in answers in fake-api.ts come first.
 */
export interface FakeHost {
  host: string;
  body(path: string, requestBody: string): string | null;
}

/** Contracts on the fake chain: the ABI-encoded result of `data` sent to `to`, or null (not mine / reverts). */
export type FakeChainContract = (to: string, data: string) => string | null;

/** A JSON-RPC method's `result` for these params, or undefined when the method is not this fake's. */
export type FakeRpcMethod = (method: string, params: unknown[]) => unknown;
