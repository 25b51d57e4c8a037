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
export function pageCounterContent(label: string, counters: { page: string; pages: string } = { page: 'page', pages: 'pages' }): string {
	const parts = label.split(/\{(page|pages)\}/);
	const tokens = parts.map((part, index) => (index % 2 === 1 ? `counter(${counters[part as 'page' | 'pages']})` : part ? cssString(part) : '')).filter(Boolean);
	return tokens.join(' ') || '""';
}

/**
 * Several sheets printed as one document (a department's) number their pages per sheet.
 * A browser's page counter runs through the whole document and cannot be reset by an
 * element, so consecutive sheets alternate between two named pages, each with a counter of
 * its own that the other sets back to 0: each sheet counts from 1. The sheets say which
 * turn they take (sheet.css); the total of a sheet's pages is not known to the browser
 * before it is printed, so these pages say "page 2" of a sheet, not "of 3".
 */
function alternatingSheetPages(locale: Locale, t: Translate): string {
	return (['odd', 'even'] as const)
		.map((turn) => {
			const other = turn === 'odd' ? 'even' : 'odd';
			return `@page sheet-${turn} {
	counter-increment: sheet-page-${turn};
	counter-set: sheet-page-${other} 0;
	@bottom-center {
		content: ${pageCounterContent(t('confirm.sheetPage'), { page: `sheet-page-${turn}`, pages: 'pages' })};
		font-family: ${SHEET_FONTS[locale]};
		font-size: 8.5pt;
		color: #333;
		vertical-align: middle;
	}
}
`;
		})
		.join('');
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
${alternatingSheetPages(locale, t)}`;
}
