/**
 * Export tables as an .xlsx workbook (exceljs: one sheet per table, bold frozen header
 * row with filters) or as CSV that Excel opens correctly: UTF-8 with a BOM, CRLF line
 * ends, fields quoted where they must be, and no text Excel would take for a formula.
 */
import ExcelJS from 'exceljs';
import type { CellValue, ExportTable } from './role-list.ts';

export async function workbookBuffer(tables: readonly ExportTable[], creator: string): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = creator;
	const names = new Set<string>();
	for (const table of tables) {
		const sheet = workbook.addWorksheet(sheetName(table.name, names), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
		sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
		sheet.getRow(1).font = { bold: true };
		for (const row of table.rows) sheet.addRow(row);
		if (table.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A name Excel accepts: no : \ / ? * [ ], not blank, at most 31 characters, not
 * "History", unique in the workbook (case-insensitive: a second one gains " (2)").
 */
export function sheetName(wanted: string, taken: Set<string>): string {
	const cleaned = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
	const base = cleaned.toLowerCase() === 'history' ? `${cleaned} ` : cleaned;
	let name = base.slice(0, 31);
	for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
	taken.add(name.toLowerCase());
	return name;
}

export function csvText(table: ExportTable): string {
	const lines = [table.columns.map((column) => column.header), ...table.rows].map((row) => row.map(csvField).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A field; text that a spreadsheet would run as a formula (=, +, @, or - before a non-digit) gets a leading apostrophe. */
function csvField(value: CellValue | string): string {
	if (value === null) return '';
	const text = typeof value === 'string' && /^(?:[=+@\t\r]|-\D)/.test(value) ? `'${value}` : String(value);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
