/**
 * Labels in a token: `直接上级:副总经理`, a heading alone (`岗位职责`), or a table row
 * flattened to one line with its cells between spaces (`本 所属部门 销售部 情 况 直接下级`),
 * where a label may stand before, after or in the middle of its value and the single
 * letters of a vertically printed heading (基 / 本 / 情 / 况) sit between the cells.
 */
import { key } from './text.ts';
import { lookupLabel, type Target } from './headings.ts';
import type { Token } from './segment.ts';

export type LabelPart =
	| { type: 'text'; text: string }
	| { type: 'label'; target: Target; label: string; value: string | undefined; form: 'alone' | 'colon' | 'cell' }
	| { type: 'fragment'; text: string };

const COLON_LABEL = /^([^:：]{1,24}?)\s*[:：]\s*(.*)$/s;
const CJK_ONLY = /^[\u3400-\u9fff]+$/;

/** 工, or 工工 (two headings printed side by side): a letter of a vertical heading. */
export function isFragment(text: string): boolean {
	return /^[\u3400-\u9fff]$/.test(text) || /^([\u3400-\u9fff])\1$/.test(text);
}

/**
 * The labels a token holds, in order with the text around them; undefined when it
 * holds none and is plain text.
 */
export function readLabels(token: Pick<Token, 'text' | 'marker'>, roleTitle?: string): LabelPart[] | undefined {
	const text = token.text.trim();
	if (!text) return undefined;
	const whole = lookupLabel(text, roleTitle);
	if (whole) return [{ type: 'label', target: whole, label: text, value: undefined, form: 'alone' }];

	const colon = COLON_LABEL.exec(text);
	if (colon) {
		const target = lookupLabel(colon[1]!, roleTitle);
		if (target) return [{ type: 'label', target, label: colon[1]!, value: colon[2]!.trim() || undefined, form: 'colon' }];
	}
	if (!token.marker && text.includes(' ') && !/[a-z]{2}/i.test(text)) return tableRow(text, roleTitle);
	return undefined;
}

function tableRow(text: string, roleTitle: string | undefined): LabelPart[] | undefined {
	const cells = text.split(' ').filter(Boolean);
	const parts: LabelPart[] = [];
	let labels = 0;
	let fragments = 0;
	for (let i = 0; i < cells.length; ) {
		const cell = cells[i]!;
		if (isFragment(cell)) {
			parts.push({ type: 'fragment', text: cell });
			fragments++;
			i++;
			continue;
		}
		const found = labelAt(cells, i, roleTitle);
		if (found) {
			parts.push({ type: 'label', target: found.target, label: found.label, value: found.value, form: 'cell' });
			labels++;
			i = found.next;
			continue;
		}
		parts.push({ type: 'text', text: cell });
		i++;
	}
	if (!labels && !fragments) return undefined;
	// A short label (专业, 人事类) counts between other cells only in a row of labels or at either end.
	const content = parts.filter((part) => part.type !== 'fragment');
	const accepted = parts.map((part): LabelPart => {
		if (part.type !== 'label' || key(part.label).length >= 4 || part.value !== undefined) return part;
		const index = content.indexOf(part);
		const atEnd = index === 0 || index === content.length - 1;
		const amongLabels = content.every((other) => other.type === 'label');
		return atEnd || amongLabels || part.target.type.startsWith('authority') ? part : { type: 'text', text: part.label };
	});
	if (!accepted.some((part) => part.type === 'label') && !fragments) return undefined;
	return mergeText(accepted);
}

/** A label made of one to four cells (培训 经历, 公司 外部 工作 关系), or a cell with a colon (建议权:对…). */
function labelAt(cells: readonly string[], start: number, roleTitle: string | undefined): { target: Target; label: string; value: string | undefined; next: number } | undefined {
	for (let end = Math.min(start + 3, cells.length - 1); end >= start; end--) {
		const span = cells.slice(start, end + 1);
		if (!span.every((cell) => CJK_ONLY.test(cell))) continue;
		const label = span.join('');
		const target = lookupLabel(label, roleTitle);
		if (target && tableTarget(target)) return { target, label, value: undefined, next: end + 1 };
	}
	const colon = COLON_LABEL.exec(cells[start]!);
	if (colon) {
		const target = lookupLabel(colon[1]!, roleTitle);
		if (target) return { target, label: colon[1]!, value: colon[2]!.trim() || undefined, next: start + 1 };
	}
	return undefined;
}

/** Targets a table cell may name; 下属, 上级 and the like are too common as words to trust between spaces. */
function tableTarget(target: Target): boolean {
	return target.type !== 'routine' && target.type !== 'promotes-to';
}

function mergeText(parts: LabelPart[]): LabelPart[] {
	const out: LabelPart[] = [];
	for (const part of parts) {
		const last = out.at(-1);
		if (part.type === 'text' && last?.type === 'text') last.text = `${last.text} ${part.text}`;
		else if (part.type === 'text' && last?.type === 'label' && last.value !== undefined) last.value = `${last.value} ${part.text}`;
		else out.push({ ...part });
	}
	return out;
}
