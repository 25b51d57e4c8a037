/**
 * Reads a job-description file into lines of text. Word files go through mammoth's
 * raw-text extraction (one paragraph, or table cell, per line); Markdown is reduced to
 * the lines a reader sees (heading marks and table pipes go, inline Markdown stays,
 * since role prose is Markdown); plain text is read as UTF-8, or as GB18030 when it is
 * not valid UTF-8, which is how Chinese Windows saves .txt files.
 */
import path from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import WordExtractor from 'word-extractor';
import { checkDecoded, checkText, readRegularFile, SourceError } from './source-bytes.ts';
import { joinText } from './text.ts';
import { ArchiveError, checkArchive } from './zip-guard.ts';

export type SourceKind = 'docx' | 'doc' | 'pdf' | 'txt' | 'md';

export interface SourceLine {
	/** 1-based: the line of a .txt or .md file, the paragraph of a .docx. */
	number: number;
	text: string;
	/** Markdown heading level (1–6). */
	headingLevel?: number;
}

export interface SourceDocument {
	file: string;
	kind: SourceKind;
	/** Plain text wraps lines inside sentences (PDF copies do); Word and Markdown paragraphs are whole. */
	wrapped: boolean;
	lines: SourceLine[];
}

export const SUPPORTED_EXTENSIONS = ['.docx', '.doc', '.pdf', '.txt', '.md', '.markdown'] as const;

export class UnsupportedFileError extends Error {}

/**
 * Reads a document. Throws UnsupportedFileError for a format it does not read, and
 * SourceError or ArchiveError (both with a message meant for the author) for a file
 * that is not what its name says, not a regular file, or too large.
 */
export async function readSource(file: string): Promise<SourceDocument> {
	const extension = path.extname(file).toLowerCase();
	if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
		throw new UnsupportedFileError(`cannot read ${extension || 'files without an extension'}; the importer reads ${SUPPORTED_EXTENSIONS.join(', ')}`);
	}
	const bytes = readRegularFile(file);
	if (extension === '.docx') {
		await checkArchive(bytes);
		const { value } = await mammoth.extractRawText({ buffer: bytes });
		return { file, kind: 'docx', wrapped: false, lines: paragraphs(value) };
	}
	if (extension === '.doc') return { file, kind: 'doc', wrapped: false, lines: paragraphs(await wordText(bytes)) };
	if (extension === '.pdf') return { file, kind: 'pdf', wrapped: true, lines: textLines(await pdfText(bytes)) };
	checkText(bytes);
	const text = decode(bytes);
	checkDecoded(text);
	if (extension === '.txt') return { file, kind: 'txt', wrapped: true, lines: textLines(text) };
	return { file, kind: 'md', wrapped: false, lines: markdownLines(text) };
}

export { ArchiveError, SourceError };

/** A legacy Word file's body text (headers and footers are page furniture), paragraphs a blank line apart like mammoth's. */
async function wordText(bytes: Buffer): Promise<string> {
	if (!(bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
		throw new SourceError(bytes[0] === 0x50 && bytes[1] === 0x4b ? 'is a .docx file with a .doc name; rename it to .docx' : 'is not an old Word document (.doc files start with an OLE signature, and this does not)');
	}
	try {
		const document = await new WordExtractor().extract(bytes);
		return document.getBody().replace(/\r\n?|\n/g, '\n\n');
	} catch (error) {
		throw new SourceError(`cannot be read as a Word document: ${(error as Error).message}`);
	}
}

/** A PDF's text, page by page; a PDF of scanned images has none, and says so. */
async function pdfText(bytes: Buffer): Promise<string> {
	if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new SourceError('is not a PDF document (it does not start with %PDF-)');
	let pages: string[];
	try {
		const pdf = await getDocumentProxy(new Uint8Array(bytes));
		pages = (await extractText(pdf, { mergePages: false })).text;
	} catch (error) {
		throw new SourceError(`cannot be read as a PDF: ${(error as Error).message}`);
	}
	if (!pages.some((page) => page.trim())) {
		throw new SourceError(`has no text to read: its ${pages.length === 1 ? 'page is an image' : `${pages.length} pages are images`} (a scan?). Run it through text recognition (OCR) first, or import the document it was printed from`);
	}
	// Fonts map some ideographs to their Kangxi radical look-alikes (⾏ for 行, ⻔ for 门): the text means the ideograph.
	return pages.join('\n').replace(/[\u2e80-\u2fdf]/g, (radical) => SIMPLIFIED_RADICALS[radical] ?? radical.normalize('NFKC'));
}

/** Radicals of the supplement block that stand for whole simplified characters; NFKC leaves them be. */
const SIMPLIFIED_RADICALS: Record<string, string> = {
	'⻔': '门', '⻓': '长', '⻅': '见', '⻋': '车', '⻉': '贝', '⻥': '鱼', '⻢': '马', '⻛': '风', '⻜': '飞', '⻬': '齐',
	'⻮': '齿', '⻆': '角', '⻄': '西', '⻘': '青', '⻰': '龙', '⻩': '黄', '⻦': '鸟', '⻙': '韦', '⻚': '页', '⻈': '讠',
};

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030. */
export function decode(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return new TextDecoder('gb18030').decode(bytes);
	}
}

function textLines(text: string): SourceLine[] {
	return text.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: line }));
}

/** mammoth separates paragraphs with a blank line; a paragraph's own line breaks stay inside it. */
function paragraphs(text: string): SourceLine[] {
	return text
		.split(/\n\n/)
		.map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean)
		.map((paragraph, index) => ({ number: index + 1, text: paragraph }));
}

const MD_LIST_ITEM = /^\s{0,3}(?:[-*+]\s|\d{1,2}[.)]\s|[(（]?[一二三四五六七八九十\d]{1,3}[)）、.]|[•●❑■◆①-⑳])/;
const MD_TABLE_ROW = /^\s*\|.*\|\s*$/;
const MD_TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Markdown, as lines of what a reader sees: a paragraph's soft-wrapped lines become
 * one line, a table cell becomes a line of its own (like a Word table cell), heading
 * marks go and their level is kept.
 */
function markdownLines(text: string): SourceLine[] {
	const out: SourceLine[] = [];
	let open: SourceLine | undefined;
	let fence = false;
	text.split(/\r\n|\r|\n/).forEach((rawLine, index) => {
		const number = index + 1;
		if (/^\s*(```|~~~)/.test(rawLine)) {
			fence = !fence;
			open = undefined;
			return;
		}
		let line = fence ? rawLine : rawLine.replace(/^\s{0,3}>\s?/, '');
		if (!line.trim()) {
			open = undefined;
			return;
		}
		const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading && !fence) {
			out.push({ number, text: unbold(heading[2]!), headingLevel: heading[1]!.length });
			open = undefined;
			return;
		}
		if (MD_TABLE_ROW.test(line) && !fence) {
			open = undefined;
			if (MD_TABLE_RULE.test(line)) return;
			for (const cell of line.trim().replace(/^\||\|$/g, '').split('|')) {
				if (cell.trim()) out.push({ number, text: unbold(cell.trim()) });
			}
			return;
		}
		line = unbold(line);
		const continues = open !== undefined && !MD_LIST_ITEM.test(line) && !/^\s{0,3}[-*_]{3,}\s*$/.test(line);
		if (continues) {
			open!.text = joinText(open!.text.trimEnd(), line.trim());
			return;
		}
		if (/^\s{0,3}[-*_]{3,}\s*$/.test(line)) {
			open = undefined;
			return;
		}
		open = { number, text: line.trim() };
		out.push(open);
	});
	return out;
}

/** `**Reports to:** Sales Director` → `Reports to: Sales Director`: a bold label is still a label. */
function unbold(line: string): string {
	return line.replace(/^(\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?)(\*\*|__)(.+?)\2/, '$1$3');
}
