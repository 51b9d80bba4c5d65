/**
 * Severity reads in words, with a symbol, in the popup's list and in the overlay: never colour alone.
 * No DOM library is installed, so the components are called as functions and their virtual DOM is read.
 */
import { Window } from 'happy-dom';
import { render } from 'preact';
import { EMPTY_LIVE } from '../../../lib/present/overlay-header';
import { describe, expect, it } from 'vitest';
import type { ComponentChildren, VNode } from 'preact';
import { Decimal, type WarningHit, type WarningReport } from '../../../core/index';
import { SEVERITY_LABELS, SeverityLabel } from '../../../components/SeverityLabel';
import { WarningList } from '../../../components/WarningList';
import { Overlay, type OverlayProps } from '../../../components/Overlay';
import type { OverlayView } from '../../../lib/messages/overlay';

type AnyVNode = VNode<Record<string, unknown> & { children?: ComponentChildren }>;

/** Expands function components (these use no hooks) so the tree holds only elements and text. */
function expand(node: ComponentChildren): ComponentChildren {
  if (Array.isArray(node)) return node.map(expand);
  if (node === null || typeof node !== 'object' || !('type' in node)) return node;
  const vnode = node as AnyVNode;
  if (typeof vnode.type === 'function') {
    return expand((vnode.type as (props: unknown) => ComponentChildren)(vnode.props));
  }
  return { ...vnode, props: { ...vnode.props, children: expand(vnode.props.children) } } as AnyVNode;
}

/** Text as read aloud: aria-hidden subtrees left out unless asked for. */
function textOf(node: ComponentChildren, { hidden = false } = {}): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map((child) => textOf(child, { hidden })).join('');
  const vnode = node as AnyVNode;
  if (!hidden && vnode.props['aria-hidden'] === 'true') return '';
  return textOf(vnode.props.children, { hidden });
}

/** Every element whose props match. */
function findAll(node: ComponentChildren, match: (props: Record<string, unknown>) => boolean): AnyVNode[] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((child) => findAll(child, match));
  const vnode = node as AnyVNode;
  if (!('props' in vnode)) return [];
  return [...(match(vnode.props) ? [vnode] : []), ...findAll(vnode.props.children, match)];
}

describe('SeverityLabel', () => {
  it.each([
    ['danger', 'Danger', '✖\uFE0E'],
    ['warning', 'Warning', '⚠\uFE0E'],
    ['info', 'Note', 'ℹ\uFE0E'],
  ] as const)('%s reads "%s", with a decorative %s', (severity, words, symbol) => {
    expect(SEVERITY_LABELS[severity]).toEqual({ text: words, symbol });
    const tree = expand(<SeverityLabel severity={severity} />);
    expect(textOf(tree)).toBe(words);
    expect(textOf(tree, { hidden: true })).toBe(`${symbol}${words}`);
    const icon = findAll(tree, (p) => p.class === 'lens-severity-icon');
    expect(icon).toHaveLength(1);
    expect(icon[0]!.props['aria-hidden']).toBe('true');
    expect(findAll(tree, (p) => p.class === `lens-severity lens-sev-${severity}`)).toHaveLength(1);
  });
});

const hit = (id: string, severity: WarningHit['severity'], title: string): WarningHit => ({
  id,
  title,
  severity,
  unit: 'multiple',
  value: new Decimal(1),
  threshold: new Decimal(1),
  reason: 'Why it matters.',
});

describe('WarningList', () => {
  it('each hit starts with its severity in words, then the headline with value and limit', () => {
    const report: WarningReport = {
      hits: [
        hit('fees-below-lvr', 'warning', 'Fees cover the expected LVR only 1.43× (safe above 1.5×)'),
        hit('new-pool', 'info', 'Pool is 20.0 days old, younger than 30 days'),
      ],
      skipped: [{ id: 'fees-below-lvr', title: 'Fees against the expected loss to arbitrage (LVR)', missing: [] }],
    };
    const tree = expand(<WarningList report={report} />);
    const items = findAll(tree, (p) => typeof p['data-testid'] === 'string' && p['data-testid'].startsWith('warning-'));
    expect(items.map((item) => textOf(item))).toEqual([
      'Warning Fees cover the expected LVR only 1.43× (safe above 1.5×)Why it matters.',
      'Note Pool is 20.0 days old, younger than 30 daysWhy it matters.',
    ]);
    // The names of unchecked rules keep their acronyms.
    const skipped = findAll(tree, (p) => p['data-testid'] === 'skipped-rules');
    expect(textOf(skipped)).toBe('Not checked (input unknown): fees against the expected loss to arbitrage (LVR).');
  });
});

describe('Overlay warnings', () => {
  it('carry the same severity label as the popup', () => {
    const header = { site: 'Uniswap', chain: 'Ethereum', pageKind: 'pool', pool: 'WETH / USDC', poolId: 'WETH / USDC' };
    const view: OverlayView = {
      ...header,
      poolKindName: 'constant product',
      feeTier: '0.30 %',
      ilRows: null,
      ilBasis: null,
      ilMoves: 'the price',
      pageRead: { read: [], notRead: [] },
      warnings: [
        { id: 'low-tvl', title: 'Pool holds only $5,000.00, under $10,000', severity: 'danger', reason: 'R.' },
      ],
      missing: [],
      live: EMPTY_LIVE,
    };
    const props: OverlayProps = {
      header,
      view,
      collapsed: false,
      corner: 'bottom-right',
      onToggleCollapsed() {},
      onDismiss() {},
      onMoveCorner() {},
      onDepositChange() {},
      onFlip() {},
      compact: false,
      onToggleDetails() {},
      hiding: false,
      onUndoHide() {},
      onSnapTo() {},
      maxHeightPx: 400,
    };
    // The overlay uses hooks: render it for real, in happy-dom.
    const window = new Window();
    const root = window.document.createElement('div');
    render(<Overlay {...props} />, root as unknown as Element);
    const line = root.querySelector('[data-testid="lens-warning-low-tvl"]')!;
    expect(line.textContent).toBe('✖\uFE0EDanger Pool holds only $5,000.00, under $10,000. R.');
    expect(line.querySelectorAll('[data-severity="danger"]')).toHaveLength(1);
  });
});
