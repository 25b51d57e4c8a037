import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { confirmationSheet, type ConfirmationSheet } from '../../src/confirm/index.ts';
import { buildSite, type BuiltSite } from '../e2e/support/build-site.ts';
import { EXAMPLE_CONTENT, FILING_DUTY_COUNTS, LONG_ROLE_DUTIES, englishFixture, siteContextFor } from './support/content.ts';
import { pdfInfo, pdfText, runPdfCommand, squeeze } from './support/pdf.ts';

/**
 * `npm run pdf` as a user runs it, read back with poppler: what is on paper, page by page.
 * Both sites are built once; the command is pointed at them with --dist.
 */
let chinese: BuiltSite;
let english: BuiltSite;
const englishContent = englishFixture();

beforeAll(async () => {
	// One after the other: builds of one project share Astro's working folder.
	chinese = await buildSite(EXAMPLE_CONTENT);
	english = await buildSite(englishContent);
}, 240_000);

const temporary: string[] = [englishContent];

afterAll(() => {
	chinese?.remove();
	english?.remove();
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function temporaryFolder(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-pdf-test-'));
	temporary.push(dir);
	return dir;
}

function sheetOf(contentDir: string, roleId: string): ConfirmationSheet {
	const context = siteContextFor(contentDir);
	return confirmationSheet(context.organization.role(roleId)!, context);
}

/**
 * Every numbered line of the sheet's duties, as printed: `2.1 Answer on-site repair calls …`
 * and its time share, which sits in a column of its own (pdftotext may read it elsewhere).
 */
function dutyLines(sheet: ConfirmationSheet): { text: string; weight: string | undefined }[] {
	const duties = sheet.sections.find((section) => section.id === 'duties');
	if (duties?.kind !== 'numbered') throw new Error(`${sheet.role.id} prints no duties`);
	return duties.lines.map((line) => ({ text: `${line.number} ${line.text.text}`, weight: line.weight }));
}

function printPdfs(args: string[]): { out: string; output: string } {
	const out = temporaryFolder();
	const { status, output } = runPdfCommand([...args, '--out', out]);
	expect(status, output).toBe(0);
	return { out, output };
}

/** What every printed sheet must carry, on A4, with every page numbered "page N of M". */
function expectCompleteSheet(file: string, sheet: ConfirmationSheet, pageLabel: (page: number, pages: number) => string): void {
	const { pages, pageSize } = pdfInfo(file);
	expect(pageSize).toMatch(/\(A4\)/);
	const pageTexts = Array.from({ length: pages }, (_, index) => squeeze(pdfText(file, index + 1)));
	const text = pageTexts.join('');
	for (const duty of dutyLines(sheet)) {
		const on = pageTexts.filter((page) => page.includes(squeeze(duty.text)));
		expect(on, `duty "${duty.text}" is not whole on one page`).toHaveLength(1);
		if (duty.weight) expect(on[0], `duty "${duty.text}"`).toContain(duty.weight);
	}
	expect(text).toContain(squeeze(sheet.statement.text));
	for (const signature of sheet.signatures) {
		expect(text).toContain(squeeze(signature.label.text));
		if (signature.note) expect(text).toContain(squeeze(signature.note.text));
	}
	expect(text).toContain(sheet.fingerprint);
	pageTexts.forEach((page, index) => expect(page, `page ${index + 1}`).toContain(squeeze(pageLabel(index + 1, pages))));
}

describe('npm run pdf', () => {
	test('a Chinese role: every duty, the statement, each signature label and note and the fingerprint, on A4 pages numbered 第 N 页,共 M 页', () => {
		const { out, output } = printPdfs(['--role', 'ka-director', '--content', EXAMPLE_CONTENT, '--dist', chinese.dir]);
		const file = path.join(out, 'ka-director.pdf');
		expect(output).toContain('ka-director.pdf');
		const sheet = sheetOf(EXAMPLE_CONTENT, 'ka-director');
		expectCompleteSheet(file, sheet, (page, pages) => `第 ${page} 页,共 ${pages} 页`);
		const text = squeeze(pdfText(file));
		for (const expected of ['金山宏业', '岗位职责确认书', '大客户部部长', 'KA-01', '大客户部', '副总经理', 'V2·2025年1月6日', '本人手签', '行政部填写']) {
			expect(text).toContain(expected);
		}
	}, 120_000);

	test('an English role, with the default title, statement and signatures, on A4 pages numbered Page N of M', () => {
		const { out } = printPdfs(['--role', 'field-engineer', '--content', englishContent, '--dist', english.dir]);
		const file = path.join(out, 'field-engineer.pdf');
		const sheet = sheetOf(englishContent, 'field-engineer');
		expectCompleteSheet(file, sheet, (page, pages) => `Page ${page} of ${pages}`);
		const text = squeeze(pdfText(file));
		for (const expected of ['Acme Support Ltd', 'Role confirmation', 'Field Engineer', 'SUP-07', 'Customer Support', 'Support Lead', '1.1·17February2025']) {
			expect(text).toContain(squeeze(expected));
		}
		// Sections the site does not print stay off the paper.
		expect(text).not.toContain('First-timefixrate');
		expect(text).not.toContain('Notprinted');
	}, 120_000);

	test('a role with 60 duties flows onto several pages, each with the running header and its page number, and no duty split between pages', () => {
		const { out } = printPdfs(['--role', 'records-clerk', '--content', englishContent, '--dist', english.dir]);
		const file = path.join(out, 'records-clerk.pdf');
		const sheet = sheetOf(englishContent, 'records-clerk');
		const { pages } = pdfInfo(file);
		expect(pages).toBeGreaterThanOrEqual(3);
		const pageTexts = Array.from({ length: pages }, (_, index) => squeeze(pdfText(file, index + 1)));
		pageTexts.forEach((text, index) => {
			for (const header of ['Acme Support Ltd · Role confirmation', 'Records Clerk · SUP-60', sheet.fingerprint, `Page ${index + 1} of ${pages}`]) {
				expect(text, `page ${index + 1} lacks "${header}"`).toContain(squeeze(header));
			}
		});
		const duties = dutyLines(sheet).map((duty) => duty.text);
		// 6 group headings and 60 duties.
		expect(duties).toHaveLength(66);
		for (const duty of LONG_ROLE_DUTIES) expect(duties.some((line) => line.endsWith(duty))).toBe(true);
		for (const duty of duties) {
			const on = pageTexts.filter((text) => text.includes(squeeze(duty)));
			expect(on.length, `"${duty}" is not whole on one page`).toBe(1);
		}
		// The signatures come last, after the last duty.
		expect(pageTexts.at(-1)).toContain(squeeze('Employee signature'));
	}, 120_000);

	test('the statement and signatures never stand alone on a page: the last lines of the last section are printed with them', () => {
		const { out } = printPdfs(['--department', 'archive', '--content', englishContent, '--dist', english.dir]);
		const pageCounts = FILING_DUTY_COUNTS.map((count) => {
			const file = path.join(out, `filing-${count}.pdf`);
			const { pages } = pdfInfo(file);
			const signed = Array.from({ length: pages }, (_, index) => index + 1).filter((page) => squeeze(pdfText(file, page)).includes('Employeesignature'));
			expect(signed, `filing-${count}: the signatures are on one page, the last`).toEqual([pages]);
			const lastPage = pdfText(file, pages);
			expect(lastPage, `filing-${count}: the statement is on the signature page`).toContain('I have read the duties');
			// The last section is the duties: its last line, and the one before it, are on the signed page.
			expect(squeeze(lastPage), `filing-${count}`).toContain(squeeze(`${count}. File the records of shelf ${count} by date`));
			expect(squeeze(lastPage), `filing-${count}`).toContain(squeeze(`${count - 1}. File the records of shelf ${count - 1} by date`));
			return pages;
		});
		// The roles straddle the foot of the first page: some fit on one, the longer ones need two,
		// so at least one of them ends just where the signatures would be pushed over on their own.
		expect(Math.min(...pageCounts)).toBe(1);
		expect(Math.max(...pageCounts)).toBe(2);
	}, 180_000);

	test('a department: one PDF per sheet, and a filled-in copy for each holder with the same fingerprint', () => {
		const { out } = printPdfs(['--department', 'support', '--content', englishContent, '--dist', english.dir]);
		expect(readdirSync(out).sort()).toEqual(['field-engineer--bob.pdf', 'field-engineer.pdf', 'records-clerk.pdf', 'support-agent.pdf', 'support-lead.pdf']);
		const sheet = sheetOf(englishContent, 'field-engineer');
		const blank = squeeze(pdfText(path.join(out, 'field-engineer.pdf')));
		const filled = squeeze(pdfText(path.join(out, 'field-engineer--bob.pdf')));
		expect(blank).not.toContain('BobMarsh');
		expect(filled).toContain('BobMarsh');
		expect(filled).toContain(squeeze('2 September 2024'));
		expect(filled).toContain(sheet.fingerprint);
		expect(pdfInfo(path.join(out, 'field-engineer--bob.pdf')).pages).toBe(pdfInfo(path.join(out, 'field-engineer.pdf')).pages);
	}, 120_000);

	test('--all: every department in a folder of its own', () => {
		const { out } = printPdfs(['--all', '--content', englishContent, '--dist', english.dir]);
		expect(readdirSync(out).sort()).toEqual(['archive', 'exec', 'sales', 'support']);
		expect(readdirSync(path.join(out, 'sales')).sort()).toEqual(['account-manager--ann.pdf', 'account-manager.pdf', 'sales-director.pdf']);
	}, 120_000);

	test('without --dist it builds the site itself, into a temporary folder', () => {
		const { out } = printPdfs(['--role', 'support-lead', '--content', englishContent]);
		expect(pdfText(path.join(out, 'support-lead.pdf'))).toContain('Support Lead');
	}, 180_000);

	test('an unknown role is refused with a hint', () => {
		const { status, output } = runPdfCommand(['--role', 'ka-directr', '--content', EXAMPLE_CONTENT, '--dist', chinese.dir]);
		expect(status).toBe(1);
		expect(output).toContain('did you mean "ka-director"?');
	}, 60_000);

	test('without a browser it says which Debian packages to install', () => {
		const out = temporaryFolder();
		const { status, output } = runPdfCommand(['--role', 'ka-director', '--content', EXAMPLE_CONTENT, '--dist', chinese.dir, '--out', out], {
			CHROMIUM_PATH: '/nonexistent/chromium',
		});
		expect(status).toBe(1);
		expect(output).toMatch(/apt-get install chromium fonts-noto-cjk/);
		expect(existsSync(path.join(out, 'ka-director.pdf'))).toBe(false);
	}, 60_000);
});
