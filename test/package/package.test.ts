/**
 * Rolebook as a user gets it: packed with `npm pack`, installed into a folder outside the
 * repository, a handbook started with `rolebook init`, built, customised, upgraded. Slow
 * (several installs and builds), so it is one file that does everything once.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
const STEP_TIMEOUT_MS = 300_000;
/** The machine's own Node.js, which may be older than the one Astro needs. */
const SYSTEM_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((file) => existsSync(file));

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: STEP_TIMEOUT_MS, env: { ...process.env, NO_COLOR: '1', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', ...env } });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} in ${cwd} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
	return result;
}

/** npm as a user runs it, from the dependencies already in the npm cache where it can. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
	return run('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], cwd);
}

function pack(from: string, into: string): string {
	const result = run('npm', ['pack', '--pack-destination', into, '--json'], from);
	const [packed] = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as { filename: string }[];
	return path.join(into, packed!.filename);
}

/** A hash of every file the site's authors own. */
function authorsFiles(site: string): string {
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const full = path.join(dir, entry.name);
			const file = path.relative(site, full);
			// npm's and the build's own: dependencies, manifest and lockfile, the output and its staging folders.
			if (['node_modules', '.astro', 'package.json', 'package-lock.json'].includes(file) || /^dist(\.|$)/.test(file)) continue;
			if (entry.isDirectory()) walk(full);
			else hash.update(file).update(readFileSync(full));
		}
	};
	walk(site);
	return hash.digest('hex');
}

function stylesheets(dist: string, page: string): string {
	const html = readFileSync(path.join(dist, page), 'utf8');
	return [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map(([, href]) => readFileSync(path.join(dist, href!), 'utf8')).join('\n');
}

describe('rolebook as an npm package', () => {
	const work = mkdtempSync(path.join(tmpdir(), 'rolebook-package-'));
	const site = path.join(work, 'site');
	const dist = path.join(site, 'dist');
	const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');
	let tarball = '';

	beforeAll(() => {
		tarball = pack(REPOSITORY, work);
	}, STEP_TIMEOUT_MS);

	afterAll(() => rmSync(work, { recursive: true, force: true }), 300_000);

	test('the tarball holds the compiled command line, the sources Vite compiles and the schemas, not the tests', () => {
		const listing = run('tar', ['-tzf', tarball], work).stdout.split('\n');
		for (const file of ['package/bin/rolebook.js', 'package/lib/src/cli/rolebook.js', 'package/lib/src/integration/rolebook.js', 'package/integration.js', 'package/src/routes/roles/[id]/index.astro', 'package/schemas/role.schema.json', 'package/CHANGELOG.md']) {
			expect(listing).toContain(file);
		}
		expect(listing.filter((file) => file.startsWith('package/test/') || file.startsWith('package/bench/'))).toEqual([]);
	});

	test('installed in a new folder, `rolebook init site --locale en` starts a handbook (on the machine’s own Node.js)', () => {
		writeFileSync(path.join(work, 'package.json'), '{ "name": "tools", "private": true }\n');
		npm(['install', tarball], work);
		const bin = path.join(work, 'node_modules', '.bin', 'rolebook');
		const init = run(SYSTEM_NODE ?? process.execPath, [bin, 'init', 'site', '--locale', 'en'], work);
		expect(init.stdout).toContain('Created a Rolebook handbook in site');
		for (const file of ['content/site.yaml', 'content/roles/hr-manager.yaml', 'astro.config.mjs', 'package.json', '.gitignore', '.vscode/settings.json', 'README.md', '.github/workflows/deploy.yml']) {
			expect(existsSync(path.join(site, file)), file).toBe(true);
		}
		expect(existsSync(path.join(site, 'src'))).toBe(false);
		expect(readFileSync(path.join(site, 'content/roles/hr-manager.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/rolebook\/schemas\/role\.schema\.json\n/);
		const manifest = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
		expect(Object.keys(manifest.dependencies).sort()).toEqual(['astro', 'rolebook']);
		expect(manifest.devDependencies['node']).toMatch(/^\^\d+/);
		// A second init into the same folder is refused.
		const again = spawnSync(SYSTEM_NODE ?? process.execPath, [bin, 'init', 'site'], { cwd: work, encoding: 'utf8' });
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/site is not empty .*add --force/);
	}, STEP_TIMEOUT_MS);

	test('in the new site: npm install, npx rolebook validate, npm run build', () => {
		npm(['install', tarball], site);
		const validate = run('npx', ['rolebook', 'validate'], site);
		expect(validate.stdout.trim().split('\n').at(-1)).toBe('0 errors, 0 warnings in 7 files');
		run('npm', ['run', 'build'], site);
		expect(page('roles/hr-manager/index.html')).toContain('<h1');
		expect(page('roles/hr-manager/index.html')).toContain('HR Manager');
		expect(page('roles/hr-specialist/index.html')).toContain('HR Specialist');
		expect(page('org-chart/index.html')).toContain('General Manager');
		expect(page('org-chart/organization.svg')).toMatch(/<svg[\s\S]*HR Manager/);
		const entry = JSON.parse(page('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		expect(Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0)).toBe(3 + 2 + 1);
		expect(page('roles/hr-manager/confirm/index.html')).toContain('HR Manager');
		expect(page('index.html')).toContain('Example Ltd');
	}, STEP_TIMEOUT_MS);

	test('a replaced component and a custom stylesheet show in the output', () => {
		mkdirSync(path.join(site, 'src', 'components'), { recursive: true });
		mkdirSync(path.join(site, 'src', 'styles'), { recursive: true });
		writeFileSync(
			path.join(site, 'src', 'components', 'RoleHeader.astro'),
			[
				'---',
				"import Original from 'rolebook/components/role/RoleHeader.astro';",
				'const { role } = Astro.props;',
				'---',
				'<p class="acme-banner">Acme handbook: {role.title}</p>',
				'<Original {...Astro.props} />',
				'',
			].join('\n'),
		);
		writeFileSync(path.join(site, 'src', 'styles', 'brand.css'), '.acme-banner { color: rebeccapurple; }\n');
		const config = readFileSync(path.join(site, 'astro.config.mjs'), 'utf8')
			.replace("// customCss: ['./src/styles/brand.css'],", "customCss: ['./src/styles/brand.css'],")
			.replace("// components: { RoleHeader: './src/components/RoleHeader.astro' },", "components: { RoleHeader: './src/components/RoleHeader.astro' },");
		writeFileSync(path.join(site, 'astro.config.mjs'), config);
		run('npm', ['run', 'build'], site);
		const role = page('roles/hr-manager/index.html');
		expect(role).toContain('<p class="acme-banner">Acme handbook: HR Manager</p>');
		expect(role).toMatch(/acme-banner[\s\S]*<dl class="form-grid">/);
		expect(stylesheets(dist, 'roles/hr-manager/index.html')).toMatch(/\.acme-banner\s*\{\s*color:\s*(rebeccapurple|#639)/);
	}, STEP_TIMEOUT_MS);

	test('upgrading: a re-packed Rolebook with a changed label changes the site, and none of the site’s files', () => {
		const before = authorsFiles(site);
		expect(page('index.html')).toContain('All data as JSON');
		// The next version, differing in one label.
		const next = path.join(work, 'next');
		mkdirSync(next);
		run('tar', ['-xzf', tarball, '-C', next], work);
		for (const file of ['src/i18n/en.ts', 'lib/src/i18n/en.js']) {
			const full = path.join(next, 'package', file);
			writeFileSync(full, readFileSync(full, 'utf8').replace("'All data as JSON'", "'The whole organisation as JSON'"));
		}
		const manifest = path.join(next, 'package', 'package.json');
		writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "[^"]+"/, '"version": "99.0.0"'));
		const upgraded = path.join(work, 'rolebook-99.0.0.tgz');
		run('tar', ['-czf', upgraded, '-C', next, 'package'], work);
		npm(['install', upgraded], site);
		run('npm', ['run', 'build'], site);
		expect(page('index.html')).toContain('The whole organisation as JSON');
		expect(page('index.html')).not.toContain('All data as JSON');
		expect(page('roles/hr-manager/index.html')).toContain('acme-banner');
		expect(authorsFiles(site)).toBe(before);
	}, STEP_TIMEOUT_MS);
});
