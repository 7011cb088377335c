/**
 * The site's languages (languages.ts) and each one's dictionary of interface strings (`src/i18n/<code>/`), typed
 * by the English one, so a language that leaves a string out fails the type check.
 */
import en, { type Dictionary } from './en';
import fr from './fr';
import type { Lang } from './languages';

export * from './languages';
export type { Dictionary };

const DICTIONARIES: Record<Lang, Dictionary> = { en, fr };

/** The interface strings of a language. */
export const dictionary = (lang: Lang): Dictionary => DICTIONARIES[lang];
