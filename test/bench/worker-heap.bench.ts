/**
 * npm run bench (fourth part): the service worker's heap after looking up 100 pools, in a real Chromium.
 * The popup page sends 100 lookups of distinct pool addresses (the local fake APIs answer "unknown pool",
 * the rate limits refuse what would pass the deadline); the worker's heap is read over CDP after a forced
 * garbage collection, before and after. Target: the lookups leave less than 8 MB behind.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'node:net';
import { launchWithExtension } from '../e2e/fixtures';
import { startDexServer } from '../e2e/dex-server';

const LOOKUPS = 100;
const TARGET_GROWTH_MB = 8;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Sends one CDP command to the service worker through the browser's session (Target.sendMessageToTarget). */
function workerChannel(session: import('@playwright/test').CDPSession, sessionId: string) {
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  return <T>(method: string, params: object = {}): Promise<T> =>
    new Promise((resolve) => {
      id += 1;
      pending.set(id, resolve as (result: unknown) => void);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}

const server = await startDexServer();
const port = await freePort();
const launched = await launchWithExtension([
  `--host-resolver-rules=${server.hostResolverRules}`,
  '--ignore-certificate-errors',
  `--remote-debugging-port=${port}`,
]);
const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
try {
  const session = await cdpBrowser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${launched.extensionId}/`),
  )!;
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  })) as { sessionId: string };
  const send = workerChannel(session, sessionId);
  const heapMb = async () => {
    await send('HeapProfiler.collectGarbage');
    const { usedSize } = await send<{ usedSize: number }>('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };

  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  const before = await heapMb();
  const started = performance.now();
  // A string, not a function: tsx would wrap named helpers in __name(), which the page does not have.
  await popup.evaluate(`(async () => {
    const address = (i) => '0x' + (0x1000 + i).toString(16).padStart(40, '0');
    const ask = (i) => chrome.runtime.sendMessage({ type: 'lens:lookup-pool', target: { chain: 'ethereum', address: address(i) } });
    for (let i = 0; i < ${LOOKUPS}; i += 20) await Promise.all(Array.from({ length: Math.min(20, ${LOOKUPS} - i) }, (_, j) => ask(i + j)));
  })()`);
  const seconds = (performance.now() - started) / 1000;
  const after = await heapMb();
  const growth = after - before;
  console.log(
    `\nService-worker heap after ${LOOKUPS} pool lookups (${seconds.toFixed(1)} s): ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after, growth ${growth.toFixed(2)} MB (target < ${TARGET_GROWTH_MB} MB)`,
  );
  if (growth >= TARGET_GROWTH_MB) process.exitCode = 1;
} finally {
  await cdpBrowser.close().catch(() => {});
  await launched.cleanup();
  await server.close();
}
