/** The message keys of locales/en.yml, as a type only (no runtime import of the i18n module). */
import type { GeneratedI18nStructure } from '#i18n';

export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;
