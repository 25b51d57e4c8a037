import { dictionaries, UI_KEYS } from './index.ts';

export const LABEL_TABLE_START = '<!-- ui-labels:start -->';
export const LABEL_TABLE_END = '<!-- ui-labels:end -->';

/** The README's table of UI label keys with their English and Chinese text. */
export function renderLabelTable(): string {
	const rows = UI_KEYS.map((key) => `| \`${key}\` | ${dictionaries.en[key]} | ${dictionaries['zh-CN'][key]} | ${dictionaries['zh-TW'][key]} |`);
	return ['| key | English | 简体中文 | 繁體中文 |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
