import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteSchema } from '../../schemas/index.ts';
import { confirmationSheet } from '../../src/confirm/index.ts';
import { createListFormatter, createTranslator } from '../../src/i18n/translate.ts';
import { loadOrganization } from '../../src/model/index.ts';
import { siteContextFor } from '../confirm/support/content.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { buildSite, type BuiltSite } from '../e2e/support/build-site.ts';
import { pageUrl } from '../e2e/support/pages.ts';
import { serveStatic, type StaticServer } from '../e2e/support/static-server.ts';
import { fixtureWith } from '../support/fixtures.ts';

/** Chinese characters and the Chinese (full-width) punctuation, 、 and ,among them. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const temporary: string[] = [];
afterAll(() => {
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function content(edit: (dir: string) => void): string {
	const dir = fixtureWith();
	temporary.push(dir);
	edit(dir);
	return dir;
}

const translator = (site: Record<string, unknown>) => createTranslator(siteSchema.parse({ organization: 'X', ...site }));

describe('the word for "role": site.terms.role', () => {
	test('traditional Chinese says 職位 unless the site says 崗位, then every label that has the word says 崗位', () => {
		const plain = translator({ locale: 'zh-TW' });
		expect([plain('role.title'), plain('role.duties'), plain('confirm.defaultTitle')]).toEqual(['職位名稱', '職位職責', '職位職責確認書']);
		const mainland = translator({ locale: 'zh-TW', terms: { role: '崗位' } });
		expect([mainland('role.title'), mainland('role.duties'), mainland('confirm.defaultTitle'), mainland('nav.roles'), mainland('search.placeholder')]).toEqual([
			'崗位名稱',
			'崗位職責',
			'崗位職責確認書',
			'崗位',
			'搜尋崗位、職責、部門…',
		]);
	});

	test('a label the site gives is used as written; English keeps capitals and plurals', () => {
		expect(translator({ locale: 'zh-TW', terms: { role: '崗位' }, labels: { 'role.title': '職位名稱' } })('role.title')).toBe('職位名稱');
		const english = translator({ locale: 'en', terms: { role: 'position' } });
		expect([english('nav.roles'), english('authorities.role'), english('chart.hidden', { n: 3 })]).toEqual(['Positions', 'Position', '+3 positions below']);
	});

	test('the confirmation sheet reads 崗位職責確認書 / 崗位名稱 / 二、崗位職責 with the term set', () => {
		const dir = content((dir) => {
			writeFileSync(path.join(dir, 'site.yaml'), 'organization: 測試公司\nlocale: zh-TW\nterms: { role: 崗位 }\n');
			writeFileSync(path.join(dir, 'roles', 'ceo.yaml'), 'title: 總經理\ndepartment: exec\nsummary: 全面負責公司經營\nduties: [制定經營計劃]\nrevisions: [{ version: V1, date: 2024-01-15 }]\n');
		});
		const context = siteContextFor(dir);
		const sheet = confirmationSheet(context.organization.role('ceo')!, context);
		expect(sheet.title.text).toBe('崗位職責確認書');
		expect(sheet.fields[0]!.label).toBe('崗位名稱');
		expect(sheet.sections.map((section) => `${section.number}${section.title}`)).toContain('二、崗位職責');
	});
});

describe('lists', () => {
	test('are joined as each language joins them', () => {
		const list = (locale: string) => createListFormatter(siteSchema.parse({ organization: 'X', locale }))(['Refund', 'Escalation', 'Onboarding']);
		expect(list('en')).toBe('Refund, Escalation and Onboarding');
		expect(list('zh-CN')).toBe('Refund、Escalation和Onboarding');
	});
});

/**
 * Two built sites: the English base organisation (people published, three workflows), and
 * the same in traditional Chinese with people unpublished and the term 崗位.
 */
describe('built sites', () => {
	let english: BuiltSite;
	let unpublished: BuiltSite;
	let server: StaticServer;
	let browser: Browser;
	const englishContent = content((dir) => {
		writeFileSync(path.join(dir, 'workflows', 'escalation.yaml'), 'name: Escalation\nsteps: [support-agent, support-lead]\n');
		writeFileSync(path.join(dir, 'workflows', 'onboarding.yaml'), 'name: Onboarding\nsteps: [support-lead]\n');
	});
	const unpublishedContent = content((dir) => writeFileSync(path.join(dir, 'site.yaml'), 'organization: 測試公司\nlocale: zh-TW\nterms: { role: 崗位 }\npublish: { people: false }\n'));
	const html = (site: BuiltSite, file: string) => readFileSync(path.join(site.dir, file), 'utf8');
	const pages = (site: BuiltSite) => readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

	beforeAll(async () => {
		english = await buildSite(englishContent);
		unpublished = await buildSite(unpublishedContent);
		server = await serveStatic(english.dir);
		browser = await launchChromium();
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		english?.remove();
		unpublished?.remove();
	});

	test('an English site has no Chinese punctuation or wording in its interface, on any page', () => {
		const files = pages(english);
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const found = CJK.exec(html(english, file).replace(/<!--[\s\S]*?-->/g, ''));
			expect(found && html(english, file).slice(Math.max(0, found.index - 80), found.index + 40), file).toBeNull();
		}
		const { organization } = loadOrganization(englishContent);
		const workflows = createListFormatter(organization.site)(organization.workflows.map((workflow) => workflow.name));
		expect(workflows).toMatch(/^\w[\w ]*, [\w ]+ and [\w ]+$/);
		expect(html(english, 'index.html')).toContain(`>${workflows}</p>`);
		expect(html(english, 'search/index.html')).not.toMatch(/Chinese/);
	});

	test('with people published, /people/ lists everyone by department and each name links to its person page', () => {
		const people = html(english, 'people/index.html');
		expect(people).toContain('href="/people/ann/"');
		expect(people).toContain('href="/roles/account-manager/"');
		expect(people).toContain('1 March 2023');
		const ann = html(english, 'people/ann/index.html');
		expect(ann).toContain('<h1>Ann Lee</h1>');
		expect(ann).toContain('href="/roles/account-manager/"');
		// The role she reports to, and her sheets: the blank one and her named copy.
		expect(ann).toContain('href="/roles/sales-director/"');
		expect(ann).toContain('href="/roles/account-manager/confirm/"');
		expect(ann).toContain('href="/departments/sales/confirm/#sheet-account-manager--ann"');
		expect(html(english, 'roles/account-manager/index.html')).toContain('<a href="/people/ann/">Ann Lee</a>');
		expect(html(english, 'departments/sales/confirm/index.html')).toContain('<a href="/people/ann/">Ann Lee</a>');
		expect(html(english, 'index.html')).toContain('href="/people/"');
	});

	test('with people unpublished there are no people pages and no link to one', () => {
		expect(pages(unpublished).filter((file) => file.startsWith('people'))).toEqual([]);
		for (const file of pages(unpublished)) {
			expect(html(unpublished, file), file).not.toContain('/people/');
			expect(html(unpublished, file), file).not.toContain('Ann Lee');
		}
	});

	test('the site’s term for role is on its pages: 崗位名稱, not 職位名稱', () => {
		const role = html(unpublished, 'roles/support-agent/index.html');
		expect(role).toContain('崗位名稱');
		expect(role).not.toContain('職位');
	});

	test('the English header is one row at 1280 px, and nothing in it is clipped at any width', async () => {
		for (const width of [1280, 1024, 768, 390]) {
			const context = await browser.newContext({ viewport: { width, height: 800 } });
			const page = await context.newPage();
			await page.goto(pageUrl(server.url, '/roles/account-manager/'));
			const header = await page.evaluate(() => {
				const inner = document.querySelector('.site-header__inner')!;
				const parts = [...inner.children].map((child) => child.getBoundingClientRect());
				const clipped = [...inner.querySelectorAll('*')]
					// Text cut off by its box (a label hidden for all but screen readers is 1 px wide on purpose).
					.filter((element) => element.getBoundingClientRect().width > 1 && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
					.map((element) => `${element.tagName}.${element.className}`);
				const input = document.querySelector<HTMLInputElement>('.site-header input[type="search"]')!;
				const style = getComputedStyle(input);
				const canvas = document.createElement('canvas').getContext('2d')!;
				canvas.font = `${style.fontSize} ${style.fontFamily}`;
				const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				const outside = [...inner.querySelectorAll('a, input, button')].filter((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && (box.left < -1 || box.right > document.documentElement.clientWidth + 1);
				});
				return {
					tops: parts.map((box) => Math.round(box.top)),
					bottoms: parts.map((box) => Math.round(box.bottom)),
					clipped,
					placeholderFits: canvas.measureText(input.placeholder).width <= room + 1,
					outside: outside.length,
					scrollWidth: document.documentElement.scrollWidth,
				};
			});
			await context.close();
			expect(header.clipped, `${width} px`).toEqual([]);
			expect(header.outside, `${width} px`).toBe(0);
			expect(header.placeholderFits, `${width} px: the search placeholder is cut`).toBe(true);
			expect(header.scrollWidth, `${width} px`).toBeLessThanOrEqual(width);
			if (width === 1280) {
				// Brand, navigation and search side by side: every part starts above where any other ends.
				expect(Math.max(...header.tops), '1280 px: one row').toBeLessThan(Math.min(...header.bottoms));
			}
		}
	}, 120_000);
});
