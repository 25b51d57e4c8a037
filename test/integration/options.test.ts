import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseOptions } from '../../src/integration/options.ts';
import { rolebook } from '../../src/integration/rolebook.ts';
import { findRoutes, routePattern } from '../../src/integration/routes.ts';

describe('rolebook() options', () => {
	test('defaults: ./content, no custom CSS, no replaced components', () => {
		expect(parseOptions(undefined)).toEqual({ content: './content', customCss: [], printPeople: false, components: {} });
	});

	test('an unknown option is named, with the options there are', () => {
		expect(() => rolebook({ contents: './hr' } as never)).toThrow(
			'Invalid options for rolebook() in astro.config.mjs:\n  - unknown option "contents"; the options are content, customCss, printPeople, components',
		);
	});

	test('a wrong type names the option', () => {
		expect(() => rolebook({ customCss: './site.css' } as never)).toThrow(/"customCss": Invalid input: expected array, received string/);
	});

	test('a component that cannot be replaced is named, with those that can', () => {
		expect(() => rolebook({ components: { RoleHedaer: './src/Mine.astro' } } as never)).toThrow(
			/unknown option "components\.RoleHedaer"; the components that can be replaced are SiteHeader, SiteFooter, SiteHead, RoleHeader, /,
		);
	});

	test('every problem is listed at once', () => {
		expect(() => rolebook({ content: 3, customCss: [''] } as never)).toThrow(/"content": .*\n {2}- "customCss\.0": /);
	});
});

describe('routes', () => {
	test('a route file serves the URL its path gives it', () => {
		expect(routePattern('index.astro')).toBe('/');
		expect(routePattern('roles/[id]/index.astro')).toBe('/roles/[id]');
		expect(routePattern('roles/[id]/confirm/index.astro')).toBe('/roles/[id]/confirm');
		expect(routePattern('org.json.ts')).toBe('/org.json');
		expect(routePattern('org-chart/departments/[id].svg.ts')).toBe('/org-chart/departments/[id].svg');
		expect(routePattern('404.astro')).toBe('/404');
	});

	test('every page of src/routes/ is injected, and nothing else', () => {
		const routes = findRoutes(path.resolve(import.meta.dirname, '../../src/routes'));
		const patterns = routes.map((route) => route.pattern);
		expect(patterns).toContain('/');
		expect(patterns).toContain('/roles/[id]');
		expect(patterns).toContain('/[headers]');
		expect(new Set(patterns).size).toBe(patterns.length);
		for (const route of routes) expect(path.isAbsolute(route.entrypoint)).toBe(true);
	});
});

describe('replaceable components', () => {
	test('each names a file of the package, and the README lists them all as the code has them', async () => {
		const { existsSync, readFileSync } = await import('node:fs');
		const { REPLACEABLE_COMPONENTS, renderComponentTable } = await import('../../src/integration/components.ts');
		const root = path.resolve(import.meta.dirname, '../..');
		for (const { file } of Object.values(REPLACEABLE_COMPONENTS)) expect(existsSync(path.join(root, file)), file).toBe(true);
		expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(renderComponentTable());
	});
});
