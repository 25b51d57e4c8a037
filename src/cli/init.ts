/**
 * `rolebook init DIR [--locale en|zh-CN|zh-TW] [--example] [--force]`: starts a new
 * handbook in DIR: starter content in the chosen language (or, with --example, the full
 * example organisation), astro.config.mjs, package.json and what a team needs around
 * them. Refuses a folder that already holds files unless --force.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createProject, ProjectExistsError } from '../init/create-project.ts';
import { isLocale, LOCALES } from '../init/locales.ts';
import { PACKAGE_ROOT } from '../integration/package-root.ts';

const locales = Object.keys(LOCALES).join('|');
const usage = `usage: rolebook init DIR [--locale ${locales}] [--example] [--force]`;

export async function main(args: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			options: { locale: { type: 'string' }, example: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (positionals.length !== 1) {
		console.error(`${positionals.length === 0 ? 'name the folder to create' : `one folder only, not ${positionals.length}`}\n${usage}`);
		return 2;
	}
	const locale = values.locale ?? (values.example ? 'zh-CN' : 'en');
	if (!isLocale(locale)) {
		console.error(`--locale must be one of ${Object.keys(LOCALES).join(', ')}, not "${locale}"\n${usage}`);
		return 2;
	}
	if (values.example && locale !== 'zh-CN') {
		console.error('--example copies the example organisation, which is written in simplified Chinese (zh-CN); leave out --locale, or start from the starter in your language without --example');
		return 2;
	}
	const dir = positionals[0]!;
	try {
		const files = createProject({ dir, locale, example: values.example ?? false, force: values.force ?? false, packageRoot: PACKAGE_ROOT });
		const shown = path.relative(process.cwd(), path.resolve(dir)) || '.';
		console.log(`Created a Rolebook handbook in ${shown} (${files.length} files). Next:\n\n  cd ${shown}\n  npm install\n  npm run validate\n  npm run dev\n`);
		return 0;
	} catch (error) {
		if (error instanceof ProjectExistsError) {
			console.error(`rolebook init: ${error.message}`);
			return 1;
		}
		throw error;
	}
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
