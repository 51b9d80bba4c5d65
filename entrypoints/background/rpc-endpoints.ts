/**
 * The JSON-RPC endpoint per chain: the user's own, once `eth_chainId` has shown it serves that chain (an
 * endpoint of another chain would answer with another contract's figures at the same address), else the
 * key-less public default.
 */
import * as v from 'valibot';
import { evmChainNumber, type ChainId } from '../../core/index';
import { chainName } from '../../lib/present/labels';
import { validRpcUrl } from '../../lib/settings/rpc';
import { DEFAULT_RPC_URLS } from '../../lib/settings/rpc-hosts';
import { describeProblem, type JsonClient } from './http';
import { lt, type Said } from '../../lib/i18n/localized-text';

export interface RpcChoice {
  url: string | null;
  /** Why the user's endpoint is not used, for the notes under the figures. */
  note?: Said;
}

const ChainIdReplySchema = v.object({ result: v.pipe(v.string(), v.regex(/^0x[0-9a-fA-F]{1,16}$/)) });

/** A verdict on one endpoint for one chain: kept while the worker lives, except failures to reach it. */
type Verdict = { ok: true } | { ok: false; reason: Said; final: boolean };

export class RpcEndpoints {
  private readonly verdicts = new Map<string, Promise<Verdict>>();

  constructor(
    private readonly deps: {
      http: JsonClient;
      userUrls(): Promise<Record<string, string>>;
      now(): number;
    },
  ) {}

  async rpcFor(chain: ChainId): Promise<RpcChoice> {
    const fallback = DEFAULT_RPC_URLS[chain] ?? null;
    const typed = (await this.deps.userUrls())[chain];
    const custom = typed ? validRpcUrl(typed) : null;
    if (!custom) return { url: fallback };
    const verdict = await this.verify(custom, chain);
    if (verdict.ok) return { url: custom };
    return {
      url: null,
      note: lt('worker.note.rpcEndpoint', { chain: chainName(chain), verdict: verdict.reason }),
    };
  }

  private verify(url: string, chain: ChainId): Promise<Verdict> {
    const key = `${chain} ${url}`;
    const known = this.verdicts.get(key);
    if (known) return known;
    const verdict = this.askChainId(url, chain);
    this.verdicts.set(key, verdict);
    // A network failure is asked again next time; a wrong chain stays wrong.
    void verdict.then((result) => !result.ok && !result.final && this.verdicts.delete(key));
    return verdict;
  }

  private async askChainId(url: string, chain: ChainId): Promise<Verdict> {
    const expected = evmChainNumber(chain);
    if (expected === null) return { ok: false, reason: lt('worker.rpcVerdict.noEvm'), final: true };
    const outcome = await this.deps.http.json(url, {
      method: 'POST',
      body: { jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] },
      deadline: this.deps.now() + 5_000,
    });
    if (!outcome.ok)
      return {
        ok: false,
        reason: lt('worker.rpcVerdict.unchecked', { problem: describeProblem(outcome.problem) }),
        final: false,
      };
    const reply = v.safeParse(ChainIdReplySchema, outcome.json);
    if (!reply.success) return { ok: false, reason: lt('worker.rpcVerdict.noChainId'), final: true };
    const served = Number.parseInt(reply.output.result, 16);
    return served === expected
      ? { ok: true }
      : {
          ok: false,
          reason: lt('worker.rpcVerdict.wrongChain', { served, chain: chainName(chain), expected }),
          final: true,
        };
  }
}
