/**
 * Reads the spreadsheets HR keeps (a roster, an org list) into rows of text: .xlsx with
 * exceljs, CSV and tab-separated text with csv-parse. CSV files arrive from Excel and HR
 * systems in UTF-8 (with or without a BOM), UTF-16, or GB18030, which Chinese Excel
 * writes by default; the encoding is detected, not asked for. Row numbers are the ones
 * Excel shows, so a message about "row 7" points at the row the reader sees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export interface TableRow {
	/** The row number as the spreadsheet shows it (1 is the first row). */
	number: number;
	/** Trimmed cell text; dates as YYYY-MM-DD. */
	cells: string[];
}

export interface Table {
	/** The sheet's name in a workbook; undefined for CSV. */
	sheet: string | undefined;
	rows: TableRow[];
	/** How a CSV file was decoded (utf-8, utf-16le, gb18030, …). */
	encoding: string | undefined;
}

export const TABLE_EXTENSIONS = ['.xlsx', '.csv', '.tsv', '.txt'] as const;

/** Every sheet of a workbook, or the one table of a CSV file. Throws an Error whose message names the problem (not the file). */
export async function readTables(file: string): Promise<Table[]> {
	const extension = path.extname(file).toLowerCase();
	if (extension === '.xlsx' || extension === '.xlsm') return readWorkbook(file);
	if (extension === '.xls' || extension === '.et') throw new Error('an old-style Excel file: save it as .xlsx (Excel Workbook) or as CSV and import that');
	return [readDelimited(readFileSync(file))];
}

async function readWorkbook(file: string): Promise<Table[]> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.readFile(file);
	} catch (error) {
		throw new Error(`not a readable .xlsx workbook (${(error as Error).message})`);
	}
	return workbook.worksheets.map((sheet) => {
		const rows: TableRow[] = [];
		sheet.eachRow({ includeEmpty: false }, (row, number) => {
			const cells: string[] = [];
			for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
			rows.push({ number, cells: trimEnd(cells) });
		});
		return { sheet: sheet.name, rows: rows.filter((row) => row.cells.length > 0), encoding: undefined };
	});
}

/** A cell's value as the text a reader sees; a date as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
	if ('hyperlink' in value) return String(value.text ?? '').trim();
	if ('formula' in value || 'sharedFormula' in value) {
		const result = (value as ExcelJS.CellFormulaValue).result;
		return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? '' : cellText(result);
	}
	return '';
}

/** A CSV or tab-separated file: encoding detected, delimiter guessed from the first line. */
export function readDelimited(bytes: Uint8Array): Table {
	const { text, encoding } = decodeText(bytes);
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const delimiter = guessDelimiter(firstLine);
	let records: string[][];
	try {
		records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true });
	} catch (error) {
		throw new Error(`not readable as CSV: ${(error as Error).message}`);
	}
	const rows = records.map((cells, index) => ({ number: index + 1, cells: trimEnd(cells) })).filter((row) => row.cells.length > 0);
	return { sheet: undefined, rows, encoding };
}

/**
 * The text of a file whose encoding nobody wrote down: a BOM decides; else it is UTF-8
 * when it decodes as UTF-8 without error (GB18030 text almost never does), else GB18030
 * (a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}

function guessDelimiter(line: string): string {
	const outside = line.replace(/"[^"]*"/g, '');
	const counts = [',', '\t', ';', '，'].map((delimiter) => ({ delimiter, count: outside.split(delimiter).length - 1 }));
	const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
	return best.count > 0 ? best.delimiter : ',';
}

function trimEnd(cells: string[]): string[] {
	let end = cells.length;
	while (end > 0 && cells[end - 1] === '') end--;
	return cells.slice(0, end);
}

/** How header cells are compared: NFKC (full-width to ASCII), lower case, no spaces, no `*` marks, no notes in brackets. */
export function headerKey(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[([][^)\]]*[)\]]/g, '')
		.replace(/[\s*_:]/g, '');
}

export interface ColumnSpec<Field extends string> {
	field: Field;
	/** Header texts that name this column, in any case; compared by `headerKey`. */
	headers: readonly string[];
}

export interface LocatedColumns<Field extends string> {
	/** The header row. */
	header: TableRow;
	/** 0-based column index per field found. */
	columns: Partial<Record<Field, number>>;
	/** The rows below the header. */
	rows: TableRow[];
}

/**
 * Finds the header row (among the first ten, the one naming the most known columns, so
 * a title row above it does no harm; the first row when none names any) and the
 * column of each field. `given` names
 * columns by header text, letter (C) or number (3) and wins over recognition.
 */
export function locateColumns<Field extends string>(table: Table, specs: readonly ColumnSpec<Field>[], given: Partial<Record<Field, string>> = {}): LocatedColumns<Field> | undefined {
	const first = table.rows[0];
	let best: LocatedColumns<Field> | undefined = first && { header: first, columns: {}, rows: table.rows.slice(1) };
	let bestCount = 0;
	for (const [index, header] of table.rows.slice(0, 10).entries()) {
		const keys = header.cells.map(headerKey);
		const columns: Partial<Record<Field, number>> = {};
		for (const spec of specs) {
			const wanted = new Set(spec.headers.map(headerKey));
			const at = keys.findIndex((cell, column) => wanted.has(cell) && !Object.values(columns).includes(column));
			if (at >= 0) columns[spec.field] = at;
		}
		let count = Object.keys(columns).length;
		for (const [field, reference] of Object.entries(given) as [Field, string][]) {
			const at = columnIndex(reference, header.cells);
			if (at !== undefined) {
				columns[field] = at;
				count++;
			}
		}
		if (count > bestCount) {
			best = { header, columns, rows: table.rows.slice(index + 1) };
			bestCount = count;
		}
	}
	return best;
}

/** A column named by its header text, its letter (A, AB) or its 1-based number. */
export function columnIndex(reference: string, header: readonly string[]): number | undefined {
	const byHeader = header.findIndex((cell) => headerKey(cell) === headerKey(reference));
	if (byHeader >= 0) return byHeader;
	if (/^\d+$/.test(reference)) return Number(reference) - 1;
	if (/^[A-Za-z]{1,2}$/.test(reference)) return [...reference.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
	return undefined;
}

/** The column letter Excel shows for a 0-based index. */
export function columnLetter(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/**
 * `--columns name=姓名,role=C,since=5`: field → column reference. Unknown fields are an
 * error naming the ones there are.
 */
export function parseColumnsOption<Field extends string>(value: string | undefined, fields: readonly Field[]): Partial<Record<Field, string>> {
	const given: Partial<Record<Field, string>> = {};
	if (!value) return given;
	for (const part of value.split(/[,，]/)) {
		if (!part.trim()) continue;
		const match = /^\s*([a-z-]+)\s*[=:]\s*(.+?)\s*$/.exec(part);
		if (!match) throw new Error(`--columns: "${part.trim()}" is not FIELD=COLUMN`);
		const field = match[1] as Field;
		if (!fields.includes(field)) throw new Error(`--columns: unknown field "${match[1]}"; the fields are ${fields.join(', ')}`);
		given[field] = match[2]!;
	}
	return given;
}

/**
 * A date as HR writes it: 2023-03-01, 2023/3/1, 2023.3.1, 2023年3月1日, or an Excel
 * day number (a date cell exported as a plain number). Undefined when it is none of them.
 */
export function parseDate(text: string): string | undefined {
	const value = text.normalize('NFKC').trim();
	const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(value);
	if (match) return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
	if (/^\d{5}(?:\.\d+)?$/.test(value)) {
		const serial = Math.floor(Number(value));
		if (serial > 20000 && serial < 80000) return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
	}
	return undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}
