import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-in-process.ts';
import { fixtureWith } from '../support/fixtures.ts';

/** The rule of the site's own stylesheet, as the build minifies it. */
const BRAND_RULE = /\.branded-header\s*\{\s*outline:\s*3px dashed (rebeccapurple|#639)/;

function stylesheets(dist: string, page: string): string {
	const html = readFileSync(path.join(dist, page), 'utf8');
	return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => readFileSync(path.join(dist, href!), 'utf8')).join('\n');
}

describe('two sites built one after the other in one process', () => {
	let first: BuiltSite;
	let second: BuiltSite;

	beforeAll(async () => {
		const acme = fixtureWith();
		const other = fixtureWith();
		writeFileSync(path.join(other, 'site.yaml'), 'organization: Northwind Traders\nlocale: en\n');
		writeFileSync(path.join(other, 'roles', 'ceo.yaml'), 'title: Managing Director\ndepartment: exec\nsubordinates: [sales-director, support-lead]\n');
		first = await buildSite(acme, {
			customCss: ['./styles/brand.css'],
			components: { RoleHeader: './src/BrandedRoleHeader.astro' },
		}, {
			'styles/brand.css': '.branded-header { outline: 3px dashed rebeccapurple; }\n',
			'src/BrandedRoleHeader.astro': [
				'---',
				`import Default from '${path.resolve(import.meta.dirname, '../../src/components/role/RoleHeader.astro')}';`,
				'const { role } = Astro.props;',
				'---',
				'<div class="branded-header" data-role={role.id}><Default {...Astro.props} /></div>',
				'',
			].join('\n'),
		});
		second = await buildSite(other);
	}, 240_000);

	afterAll(() => {
		first?.remove();
		second?.remove();
	});

	test('each site shows its own organisation', () => {
		const firstCeo = readFileSync(path.join(first.dist, 'roles/ceo/index.html'), 'utf8');
		const secondCeo = readFileSync(path.join(second.dist, 'roles/ceo/index.html'), 'utf8');
		expect(firstCeo).toContain('Chief Executive');
		expect(firstCeo).toContain('Acme Support Ltd');
		expect(secondCeo).toContain('Managing Director');
		expect(secondCeo).toContain('Northwind Traders');
		expect(secondCeo).not.toContain('Acme Support Ltd');
	});

	test('a replaced component is used on every page that shows it, and can wrap the original', () => {
		const page = readFileSync(path.join(first.dist, 'roles/support-agent/index.html'), 'utf8');
		expect(page).toMatch(/<div class="branded-header" data-role="support-agent">[\s\S]*Support Agent/);
		const roles = readdirSync(path.join(first.dist, 'roles')).filter((id) => id !== 'index.html');
		for (const id of roles) expect(readFileSync(path.join(first.dist, 'roles', id, 'index.html'), 'utf8')).toContain(`data-role="${id}"`);
		expect(readFileSync(path.join(second.dist, 'roles/support-agent/index.html'), 'utf8')).not.toContain('branded-header');
	});

	test('custom CSS comes after Rolebook’s own, on site pages and sheets', () => {
		for (const page of ['index.html', 'roles/ceo/index.html', 'roles/ceo/confirm/index.html']) {
			const css = stylesheets(first.dist, page);
			expect(css, page).toMatch(BRAND_RULE);
		}
		const home = stylesheets(first.dist, 'index.html');
		expect(home.search(BRAND_RULE)).toBeGreaterThan(home.indexOf('.site-header'));
		expect(stylesheets(second.dist, 'index.html')).not.toMatch(BRAND_RULE);
	});
});
