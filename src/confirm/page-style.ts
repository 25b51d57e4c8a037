import type { Locale } from '../i18n/index.ts';
import type { Translate } from '../i18n/translate.ts';

/** Sheet text faces: a Song (serif) face for Chinese, as official forms use, with the fonts-noto-cjk names first. */
export const SHEET_FONTS: Record<Locale, string> = {
	en: "'Noto Serif', 'Liberation Serif', 'Times New Roman', 'DejaVu Serif', 'Noto Serif CJK SC', serif",
	'zh-CN': "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, 'Noto Serif', serif",
	'zh-TW': "'Noto Serif CJK TC', 'Source Han Serif TC', 'Songti TC', PMingLiU, 'Noto Serif', serif",
};

/** A CSS string literal holding `text`. */
export function cssString(text: string): string {
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\A ')}"`;
}

/**
 * `Page {page} of {pages}` as the value of a CSS `content` property: the label's words as
 * strings, its placeholders as the page counters a printed page margin box fills in.
 */
export function pageCounterContent(label: string): string {
	const parts = label.split(/\{(page|pages)\}/);
	const tokens = parts.map((part, index) => (index % 2 === 1 ? `counter(${part})` : part ? cssString(part) : '')).filter(Boolean);
	return tokens.join(' ') || '""';
}

/**
 * The printed page of a sheet: A4, its margins, and "page N of M" in the site's language
 * at the foot of every page, and the sheet's typeface for that language. It is a stylesheet
 * of its own because the words come from the site's dictionary and labels, and pages carry
 * no inline styles.
 */
export function sheetPageStyle(locale: Locale, t: Translate): string {
	return `:root {
	--sheet-font: ${SHEET_FONTS[locale]};
}
@page {
	size: A4;
	margin: 14mm 16mm 16mm 18mm;
	@bottom-center {
		content: ${pageCounterContent(t('confirm.page'))};
		font-family: ${SHEET_FONTS[locale]};
		font-size: 8.5pt;
		color: #333;
		vertical-align: middle;
	}
}
`;
}
