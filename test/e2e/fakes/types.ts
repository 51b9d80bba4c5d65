/** The two shapes a fake takes: a whole API host, or contracts on the fake chain answering eth_call. */

/** An API host on its real name: the body for a path (and request body), as the real API would send it. */
export interface FakeHost {
  host: string;
  body(path: string, requestBody: string): string;
}

/** Contracts on the fake chain: the ABI-encoded result of `data` sent to `to`, or null (not mine / reverts). */
export type FakeChainContract = (to: string, data: string) => string | null;
