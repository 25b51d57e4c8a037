/**
 * Cuts the lines of a document into tokens: one per title, heading, numbered item or
 * run of text. Documents copied out of PDFs and web pages glue these together
 * (大客户部经理岗位说明书一、岗位背景及职责概述大客户部经理在…, 目标5.负责…), so a
 * line is cut wherever a title, a heading or the next number of the list in progress
 * starts. A number only cuts a line when it continues that list (or starts one after a
 * colon or a short heading), which keeps 3.5万元 and 2024.4.14 whole.
 */
import { gluedHeadingLength, lookupLabel } from './headings.ts';
import { markerAt, needsSequence, type Marker, type MarkerFamily } from './markers.ts';
import { chineseTitleAt, englishTitle, isChapter, type TitleMatch } from './titles.ts';
import { fold } from './text.ts';
import { isFurniture, isLinkLine, isRelatedHeading } from './furniture.ts';
import type { SourceLine } from './read-source.ts';

export interface Token {
	/** 1-based line in the extracted text. */
	line: number;
	/** The token as written, marker included. */
	raw: string;
	/** Without its marker. */
	text: string;
	marker: Marker | undefined;
	kind: 'text' | 'title' | 'department-title' | 'chapter' | 'junk';
	/** For titles: what they say. */
	title?: Pick<TitleMatch, 'role' | 'listsDuties' | 'part'>;
	/** The first token of its line. */
	lineStart: boolean;
	/** A Markdown heading's level. */
	headingLevel?: number;
}

const SEPARATORS = /[;；。!！?？]/;
const SENTENCE_PUNCTUATION = /[,，。;；!！?？]/;

/** Remnants of HTML that web copies leave at line ends (</P< p>). */
const TRAILING_TAGS = /(?:\s*<\/?\s*[A-Za-z]{1,10}\s*[^<>\u3400-\u9fff]{0,10}>?)+\s*$/;

class Counters {
	private readonly last = new Map<MarkerFamily, number>();
	expected(family: MarkerFamily): number {
		return (this.last.get(family) ?? 0) + 1;
	}
	set(marker: Marker): void {
		if (marker.number !== undefined) this.last.set(marker.family, marker.number);
	}
	reset(): void {
		this.last.clear();
	}
}

/**
 * The document's own title (汽车4S店客户关系部管理手册), printed again at the top of every
 * page: one of the first lines, not a job-description title, seen again later.
 */
class DocumentTitle {
	private readonly opening = new Set<string>();
	private seen = 0;
	repeats(text: string): boolean {
		const folded = fold(text);
		if (this.seen < 3) {
			this.seen++;
			const plain = !/[:：;；。]/.test(text) && !markerAt(text, 0) && !lookupLabel(text);
			if (plain && text.length >= 6 && text.length <= 60 && !chineseTitleAt(text, 0)?.role && !englishTitle(text)) this.opening.add(folded);
			return false;
		}
		return this.opening.has(folded);
	}
}

export function segment(lines: readonly SourceLine[]): Token[] {
	const tokens: Token[] = [];
	const counters = new Counters();
	let lastRole: string | undefined;
	let line: SourceLine = { number: 0, text: '' };
	const documentTitle = new DocumentTitle();
	/** Under a 相关文章 heading: short lines are links to other pages. */
	let relatedLinks = false;

	for (line of lines) {
		let text = line.text.replace(/[\u00a0\u3000\t]/g, ' ').replace(/\s+/g, ' ').trim();
		const junk = TRAILING_TAGS.exec(text);
		if (junk && junk.index > 0) text = text.slice(0, junk.index).trim();
		if (!text) continue;

		relatedLinks = relatedLinks && isLinkLine(text);
		if (isFurniture(text) || relatedLinks || documentTitle.repeats(text)) {
			emit({ raw: text, text, marker: undefined, kind: 'junk' });
			continue;
		}
		if (isRelatedHeading(text)) {
			emit({ raw: text, text, marker: undefined, kind: 'junk' });
			relatedLinks = true;
			continue;
		}

		if (isChapter(text)) {
			emit({ raw: text, text, marker: undefined, kind: 'chapter' });
			counters.reset();
		} else if (text.length < 120 && englishTitle(text)) {
			const role = englishTitle(text)!.role;
			emit({ raw: text, text, marker: undefined, kind: 'title', title: { role, listsDuties: false } });
			counters.reset();
			lastRole = role;
		} else {
			cutLine(text);
		}
		if (junk && junk.index > 0) emit({ raw: junk[0].trim(), text: junk[0].trim(), marker: undefined, kind: 'junk' });
	}
	return tokens;

	function emit(token: Omit<Token, 'line' | 'lineStart'>): void {
		const lineStart = !tokens.length || tokens.at(-1)!.line !== line.number;
		tokens.push({ line: line.number, lineStart, ...token, ...(line.headingLevel ? { headingLevel: line.headingLevel } : {}) });
	}

	function cutLine(text: string): void {
		let position = 0;
		let after: 'line' | 'title' | 'heading' | 'cut' = 'line';
		while (position < text.length) {
			while (text[position] === ' ') position++;
			if (position >= text.length) break;

			const title = titleAt(text, position, after === 'line' ? 'line' : after === 'title' ? 'title' : 'mid');
			if (title) {
				const raw = text.slice(position, title.end).trim();
				const kind = title.role || title.numbered ? 'title' : 'department-title';
				emit({ raw, text: raw, marker: undefined, kind, title: { role: title.role, listsDuties: title.listsDuties, ...(title.part ? { part: title.part } : {}) } });
				counters.reset();
				if (title.role) lastRole = title.role;
				position = title.end;
				after = 'title';
				continue;
			}

			let marker = markerAt(text, position);
			if (marker && needsSequence(marker)) {
				const inSequence = marker.number === counters.expected(marker.family) || (after !== 'line' && after !== 'cut' && marker.number === 1);
				if (!inSequence && after !== 'cut') marker = undefined;
			}
			const textStart = position + (marker?.raw.length ?? 0);
			if (marker) counters.set(marker);

			let end = findCut(text, textStart, marker, after);
			const body = text.slice(textStart, end).trim();
			if (!lookupLabel(body, lastRole)) {
				const glued = gluedHeadingLength(text.slice(textStart, end), marker?.family === 'cjk', lastRole);
				if (glued > 0 && !/^\s*[:：]/.test(text.slice(textStart + glued))) end = textStart + glued;
			}
			const raw = text.slice(position, end).trim();
			const tokenText = text.slice(textStart, end).trim();
			emit({ raw, text: tokenText, marker, kind: 'text' });
			after = end < text.length && lookupLabel(tokenText, lastRole) ? 'heading' : 'cut';
			position = end;
		}
	}

	/**
	 * A title at `position`. At the start of a line a title that cannot begin a sentence
	 * (…说明书, …模板, …篇3) is taken whatever follows; anywhere else, and for weaker
	 * endings (…岗位职责), only when a number, a heading or the end of the line follows.
	 */
	function titleAt(text: string, position: number, where: 'line' | 'title' | 'mid'): TitleMatch | undefined {
		const match = chineseTitleAt(text, position);
		if (!match) return undefined;
		if (where === 'line' && match.strong) return match;
		return boundaryAt(text, match.end) ? match : undefined;
	}

	function boundaryAt(text: string, position: number): boolean {
		const rest = text.slice(position).trimStart();
		if (!rest || /^[[【:：]/.test(rest)) return true;
		const marker = markerAt(rest, 0);
		if (marker && !needsSequence(marker)) return true;
		if (chineseTitleAt(rest, 0)) return true;
		return gluedHeadingLength(rest, false) > 0;
	}

	/** Where the token that starts at `from` ends: the next title, heading or list number. */
	function findCut(text: string, from: number, marker: Marker | undefined, after: string): number {
		const folded = fold(text);
		for (let i = from + 1; i < text.length; i++) {
			let p = i - 1;
			while (p >= from && text[p] === ' ') p--;
			if (p < from) continue;
			const previous = text[p]!;
			const spaced = p < i - 1;

			if (SEPARATORS.test(previous) && titleAt(text, i, 'mid')) return i;
			if (lastRole && folded.startsWith(fold(lastRole), i)) {
				const series = chineseTitleAt(text, i);
				if (series?.role === lastRole && series.strong && boundaryAt(text, series.end)) return i;
			}
			// Only a short rest of the line can be a heading (the line's spaces are single).
			if (/[。;；!！?？]/.test(previous) && text.length - i <= 40) {
				const rest = text.slice(i).trim().replace(/[:：]$/, '');
				const target = rest.length <= 12 ? lookupLabel(rest) : undefined;
				if (target && target.type === 'section') return i;
			}

			const candidate = markerAt(text, i);
			if (!candidate || candidate.family === 'article') continue;
			// What came before, as far as a heading could reach (longer is a sentence either way).
			const sofar = text.slice(from, Math.min(i, from + 64)).trim();
			if (acceptsMidLine(candidate, previous, spaced, sofar, marker, after)) return i;
		}
		return text.length;
	}

	function acceptsMidLine(candidate: Marker, previous: string, spaced: boolean, sofar: string, marker: Marker | undefined, after: string): boolean {
		const colon = /[:：]/.test(previous);
		const strong = /[;；。]/.test(previous);
		if (candidate.family === 'outline') return false;
		if (candidate.family === 'bullet') return /[-–—]/.test(candidate.raw.trim()) ? /[;；:：]/.test(previous) : /[;；:：。]/.test(previous) || spaced;
		if (/[\dA-Za-z.．(（第]/.test(previous) && !(candidate.family === 'latin-upper' && spaced)) return false;
		const n = candidate.number!;
		const expected = counters.expected(candidate.family);
		if (candidate.bare) return /[;；]/.test(previous) && n === expected && n >= 2;
		if (candidate.beforeDigit) return n === expected && (strong || spaced);
		if (candidate.family === 'cjk') return (colon && n === 1) || (strong && n === expected && n >= 2);
		if (n >= 2 && n === expected) return true;
		if (n > expected && n <= expected + 1 && strong) return true;
		if (n === 1) {
			if (colon) return true;
			const headingLike = sofar.length > 0 && sofar.length <= 16 && !SENTENCE_PUNCTUATION.test(sofar);
			if (headingLike && (marker !== undefined || after !== 'cut')) return true;
		}
		return false;
	}
}
