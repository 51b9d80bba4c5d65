import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Tab {
  id: string;
  label: string;
  content: () => ComponentChildren;
}

/**
 * Tabs as the WAI-ARIA tabs pattern has them: one tab stop for the list, arrow keys (and Home/End) move
 * between tabs and select them, the panel follows. Only the selected panel is rendered: a closed tab costs
 * nothing and shows no second verdict.
 */
export function Tabs({ tabs, initial, label }: { tabs: Tab[]; initial?: string; label: string }) {
  const [selected, setSelected] = useState(initial ?? tabs[0]!.id);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );
  const select = (next: number) => {
    const wrapped = (next + tabs.length) % tabs.length;
    setSelected(tabs[wrapped]!.id);
    buttons.current[wrapped]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  };
  const current = tabs[index]!;
  return (
    <div class="lens-tabs">
      <div role="tablist" aria-label={label} class="lens-tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={i === index}
            aria-controls={`panel-${tab.id}`}
            tabIndex={i === index ? 0 : -1}
            data-testid={`tab-${tab.id}`}
            onClick={() => setSelected(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} class="lens-tabpanel">
        {current.content()}
      </div>
    </div>
  );
}
