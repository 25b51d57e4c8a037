import { en, type UIDictionary, type UIKey } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { zhTW } from './zh-TW.ts';

export type { UIDictionary, UIKey };

export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

export const dictionaries: Record<Locale, UIDictionary> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** Every key of the UI dictionary, in the order the English dictionary defines them. */
export const UI_KEYS = Object.keys(en) as UIKey[];
