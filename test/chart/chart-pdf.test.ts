import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { loadOrganization } from '../../src/model/index.ts';
import { main } from '../../src/pdf/chart-pdf.ts';
import { FIXTURES } from '../support/fixtures.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../content');
const out = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-pdf-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

function pdfPages(file: string): { width: number; height: number }[] {
	const run = spawnSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
	if (run.error) throw new Error(`pdfinfo is needed to read PDFs: install Debian's poppler-utils (${run.error.message})`);
	return [...run.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The text of one page (or all) in the order it is drawn, box by box, without white space: titles may wrap over lines. */
function pdfText(file: string, page?: number): string {
	const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
	return spawnSync('pdftotext', [...range, '-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
}

async function print(args: string[]): Promise<{ status: number; log: string }> {
	const lines: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
	const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
	try {
		return { status: await main(args), log: lines.join('\n') };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

describe('npm run pdf -- --chart', () => {
	test.each([
		['the example organisation', EXAMPLE],
		['an English organisation with long titles', path.join(FIXTURES, 'chart', 'english-long-titles')],
		['a traditional-Chinese organisation', path.join(FIXTURES, 'chart', 'traditional-chinese')],
	])('prints %s on landscape A4 with every title in selectable text', async (name, content) => {
		const dir = path.join(out, name.replace(/\W+/g, '-'));
		const { status, log } = await print(['--chart', '--content', content, '--out', dir]);
		expect(status, log).toBe(0);
		const file = path.join(dir, 'org-chart.pdf');
		expect(log).toContain('org-chart.pdf');
		for (const size of pdfPages(file)) {
			expect(size.width).toBeCloseTo(841.9, 0);
			expect(size.height).toBeCloseTo(595.3, 0);
		}
		const text = pdfText(file);
		const { organization } = loadOrganization(content);
		for (const role of organization.roles) expect(text, role.title).toContain(role.title.replace(/\s+/g, ''));
	}, 120_000);

	test('--paper A3 and --department print one department on A3', async () => {
		const dir = path.join(out, 'a3');
		const { status, log } = await print(['--chart', '--department', 'customer-service', '--paper', 'A3', '--content', EXAMPLE, '--out', dir]);
		expect(status, log).toBe(0);
		const file = path.join(dir, 'org-chart-customer-service.pdf');
		const [size] = pdfPages(file);
		expect(size!.width).toBeCloseTo(1190.6, -1);
		expect(size!.height).toBeCloseTo(841.9, -1);
		const { organization } = loadOrganization(EXAMPLE);
		for (const role of organization.department('customer-service')!.roles) expect(pdfText(file)).toContain(role.title);
	}, 120_000);

	test('names an unknown department and a wrong paper size', async () => {
		const unknown = await print(['--chart', '--department', 'customer-servic', '--content', EXAMPLE, '--out', out]);
		expect(unknown.status).toBe(1);
		expect(unknown.log).toContain('no published department "customer-servic"');
		expect(unknown.log).toContain('did you mean "customer-service"?');
		const paper = await print(['--chart', '--paper', 'A5', '--content', EXAMPLE, '--out', out]);
		expect(paper.status).toBe(2);
		expect(paper.log).toContain('--paper must be A4 or A3');
		expect(existsSync(path.join(out, 'org-chart.pdf'))).toBe(false);
	}, 60_000);

	test('a chart of 300 roles is split by subtree over pages, each cut box saying where it continues', async () => {
		const content = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-pdf-300-'));
		generateOrganization(content, { roles: 300, seed: 2 });
		const dir = path.join(out, '300');
		const { status, log } = await print(['--chart', '--content', content, '--out', dir]);
		expect(status, log).toBe(0);
		const file = path.join(dir, 'org-chart.pdf');
		const pages = pdfPages(file).length;
		expect(pages).toBeGreaterThan(2);
		const { organization } = loadOrganization(content);
		const all = pdfText(file);
		for (const role of organization.roles) expect(all, role.title).toContain(role.title.replace(/\s+/g, ''));
		// Every "continued on page N" points at a page that says "continued from" this one.
		let markers = 0;
		for (let page = 1; page <= pages; page++) {
			const text = pdfText(file, page);
			expect(text).toContain(`第${page}页,共${pages}页`);
			for (const [, target] of text.matchAll(/续见第(\d+)页/g)) {
				markers++;
				expect(Number(target)).toBeGreaterThan(page);
				expect(Number(target)).toBeLessThanOrEqual(pages);
				expect(pdfText(file, Number(target))).toContain(`接第${page}页`);
			}
		}
		expect(markers).toBeGreaterThanOrEqual(1);
	}, 240_000);
});
