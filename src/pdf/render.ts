import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.ts';
import { serveDist, siteUrl } from './serve-dist.ts';

export interface SheetPage {
	/** The page below the site's base, e.g. `roles/ka-director/confirm/`. */
	path: string;
	/** Each sheet on the page becomes `<outDir>/<sheet name>.pdf`. */
	outDir: string;
}

export interface RenderOptions {
	/** The built site folder. */
	dist: string;
	/** The site's `base`. */
	base: string;
	pages: readonly SheetPage[];
	/** Told about each file as soon as it is written. */
	onWrite?: (file: string) => void;
}

/**
 * Prints every sheet on the given pages to its own PDF with the system Chromium, so each
 * PDF numbers its own pages ("page 1 of 2") and can be filed on its own. The page's print
 * stylesheet decides everything on paper: A4, margins, page numbers, running header.
 */
export async function renderSheetPdfs({ dist, base, pages, onWrite }: RenderOptions): Promise<string[]> {
	const written: string[] = [];
	const browser = await launchChromium();
	try {
		const context = await browser.newContext();
		await serveDist(context, dist, base);
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
		const open = async (url: string) => {
			const response = await page.goto(url, { waitUntil: 'load' });
			if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}: is it a page of this site?`);
		};
		for (const sheetPage of pages) {
			const url = siteUrl(base, sheetPage.path);
			await open(url);
			const names = await page.$$eval('[data-sheet]', (sheets) => sheets.map((sheet) => sheet.getAttribute('data-sheet')!));
			if (names.length === 0) throw new Error(`${sheetPage.path} has no confirmation sheet on it`);
			mkdirSync(sheetPage.outDir, { recursive: true });
			for (const name of names) {
				if (names.length > 1) {
					// A fresh copy of the page with only this sheet left on it.
					await open(url);
					await page.evaluate((keep) => {
						for (const sheet of document.querySelectorAll('[data-sheet]')) if (sheet.getAttribute('data-sheet') !== keep) sheet.remove();
					}, name);
				}
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
				const file = path.join(sheetPage.outDir, `${name}.pdf`);
				await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true, tagged: true });
				written.push(file);
				onWrite?.(file);
			}
		}
		if (problems.length > 0) throw new Error(problems.join('\n'));
		await context.close();
	} finally {
		await browser.close();
	}
	return written;
}
