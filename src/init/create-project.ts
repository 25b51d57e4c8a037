import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ASTRO_CONFIG, GITHUB_PAGES_WORKFLOW, GITIGNORE, packageJson, readme, vscodeSettings, VSCODE_EXTENSIONS, type ProjectVersions } from './project-files.ts';
import type { Locale } from './locales.ts';

export interface CreateProjectOptions {
	/** The folder to create the project in. */
	dir: string;
	locale: Locale;
	/** Copy the full example organisation instead of the small starter. */
	example: boolean;
	/** Write into a folder that already holds files. */
	force: boolean;
	/** The installed package: its starters, example content and versions. */
	packageRoot: string;
}

export class ProjectExistsError extends Error {}

/** Entries that do not make a folder "not empty": a fresh `git init` leaves `.git`. */
const IGNORED_ENTRIES = new Set(['.git', '.DS_Store']);

/**
 * Writes a new handbook project: content (the starter in the chosen language, or the full
 * example), astro.config.mjs, package.json, .gitignore, editor settings, a GitHub Pages
 * workflow and a README. Returns the files written, relative to `dir`.
 */
export function createProject(options: CreateProjectOptions): string[] {
	const dir = path.resolve(options.dir);
	if (existsSync(dir)) {
		if (!statSync(dir).isDirectory()) throw new ProjectExistsError(`${options.dir} exists and is not a folder`);
		const entries = readdirSync(dir).filter((entry) => !IGNORED_ENTRIES.has(entry));
		if (entries.length > 0 && !options.force) {
			throw new ProjectExistsError(`${options.dir} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); choose an empty folder, or add --force to write into it`);
		}
	}
	const written: string[] = [];
	const write = (file: string, text: string) => {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), text);
		written.push(file);
	};

	const contentSource = options.example ? path.join(options.packageRoot, 'content') : path.join(options.packageRoot, 'src', 'init', 'starters', options.locale);
	for (const file of listFiles(contentSource)) {
		const target = path.join('content', file);
		if (/\.ya?ml$/i.test(file)) write(target, pointSchemasAtPackage(readFileSync(path.join(contentSource, file), 'utf8')));
		else {
			mkdirSync(path.dirname(path.join(dir, target)), { recursive: true });
			cpSync(path.join(contentSource, file), path.join(dir, target));
			written.push(target);
		}
	}
	const organization = organizationName(path.join(dir, 'content', 'site.yaml'));
	write('package.json', packageJson(projectName(dir), versionsOf(options.packageRoot)));
	write('astro.config.mjs', ASTRO_CONFIG);
	write('.gitignore', GITIGNORE);
	write('.vscode/settings.json', vscodeSettings());
	write('.vscode/extensions.json', VSCODE_EXTENSIONS);
	write('.github/workflows/deploy.yml', GITHUB_PAGES_WORKFLOW);
	write('README.md', readme(options.locale, organization));
	return written;
}

/** The example's modelines point at the repository's schemas/; a project has them under node_modules. */
export function pointSchemasAtPackage(yaml: string): string {
	return yaml.replace(/^(#\s*yaml-language-server:\s*\$schema=)((?:\.\.\/)+)schemas\//m, '$1$2node_modules/rolebook/schemas/');
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.sort();
}

function organizationName(siteFile: string): string {
	const site = parse(readFileSync(siteFile, 'utf8')) as { organization?: unknown };
	return typeof site.organization === 'string' ? site.organization : 'Our organisation';
}

/** An npm package name from the folder's name. */
function projectName(dir: string): string {
	const name = path
		.basename(dir)
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/^[-._]+|[-._]+$/g, '');
	return name || 'handbook';
}

function versionsOf(packageRoot: string): ProjectVersions {
	const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
		version: string;
		peerDependencies?: Record<string, string>;
		dependencies?: Record<string, string>;
		devDependencies?: Record<string, string>;
	};
	return {
		rolebook: `^${manifest.version}`,
		astro: manifest.peerDependencies?.['astro'] ?? manifest.dependencies?.['astro'] ?? '*',
		node: manifest.devDependencies?.['node'] ?? '^26.0.0',
	};
}
