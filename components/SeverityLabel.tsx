import type { Severity } from '../core/index';
import { t } from '../lib/i18n/index';

/**
 * Severity in words and a symbol, never colour alone (WCAG 1.4.1): a colour-blind reader, a high-contrast
 * theme or a screen reader still gets "Danger". The symbol is decoration (aria-hidden): the word carries it.
 * U+FE0E asks for the text form of ✖, ⚠ and ℹ, so they take the label's colour instead of an emoji's. All three are
 * in common text fonts (DejaVu, Segoe UI Symbol); ⛔ was tried and drew as an empty box where no emoji font is
 * installed.
 */
export const SEVERITY_LABELS: Readonly<Record<Severity, { text: string; symbol: string }>> = {
  danger: { text: t('severity.danger'), symbol: '✖\uFE0E' },
  warning: { text: t('severity.warning'), symbol: '⚠\uFE0E' },
  info: { text: t('severity.info'), symbol: 'ℹ\uFE0E' },
};

export function SeverityLabel({ severity }: { severity: Severity }) {
  const { text, symbol } = SEVERITY_LABELS[severity];
  return (
    <span class={`lens-severity lens-sev-${severity}`} data-testid="severity-label" data-severity={severity}>
      <span class="lens-severity-icon" aria-hidden="true">
        {symbol}
      </span>
      {text}
    </span>
  );
}
