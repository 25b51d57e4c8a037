/**
 * The Starlight project the build is compared with. It lives in the package's own
 * `node_modules/.cache/rolebook-bench/peer-starlight/` and is installed there on demand,
 * so Starlight never becomes a dependency of Rolebook. Its content is written from the
 * same organisation by `bench/peer-starlight.ts`.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PeerSiteSummary } from './peer-starlight.ts';
import { benchProjectDir } from './project-dir.ts';
import type { BenchCommand } from './rounds.ts';

/**
 * The Starlight release the figures are taken with: the current one for Astro 7
 * (`npm view @astrojs/starlight version peerDependencies`: astro ^7.2.10). Pinned, so
 * that figures taken on different days compare.
 */
export const STARLIGHT_VERSION = '0.42.4';

/** Where the peer project's parts are. */
export interface PeerProject {
	dir: string;
	/** The peer's own Astro command line (the same Astro version as Rolebook's). */
	astro: string;
	/** Where `astro build` writes the site. */
	dist: string;
	/** Where the Markdown pages go: `src/content/docs/`. */
	docs: string;
	/** The site's title and sidebar, which the project's Astro config reads. */
	siteFile: string;
}

/** The peer project inside `repoRoot`; nothing is written. */
export function peerProjectIn(repoRoot: string): PeerProject {
	const dir = benchProjectDir(repoRoot, 'peer-starlight');
	return {
		dir,
		astro: path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'),
		dist: path.join(dir, 'dist'),
		docs: path.join(dir, 'src', 'content', 'docs'),
		siteFile: path.join(dir, 'site.json'),
	};
}

function installedVersion(projectDir: string, name: string): string | undefined {
	try {
		return (JSON.parse(readFileSync(path.join(projectDir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
	} catch {
		return undefined;
	}
}

/** The peer's dependencies: Starlight, and exactly the Astro that Rolebook is built with (sharp comes with Astro). */
function peerDependencies(repoRoot: string): Record<string, string> {
	const astro = installedVersion(repoRoot, 'astro');
	if (!astro) throw new Error(`astro is not installed in ${repoRoot}; run npm install first`);
	return { '@astrojs/starlight': STARLIGHT_VERSION, astro };
}

const ASTRO_CONFIG = `// Written by bench/peer-project.ts: the Starlight site Rolebook's build is compared with.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// The title and the sidebar (one link per department) of the organisation written last.
const site = JSON.parse(readFileSync(new URL('./site.json', import.meta.url), 'utf8'));

export default defineConfig({
	integrations: [
		starlight({
			title: site.title,
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			pagefind: true,
			sidebar: site.sidebar,
		}),
	],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

function writeProjectFiles(project: PeerProject, dependencies: Record<string, string>): void {
	mkdirSync(path.join(project.dir, 'src'), { recursive: true });
	const manifest = { name: 'rolebook-bench-peer-starlight', private: true, type: 'module', dependencies };
	writeFileSync(path.join(project.dir, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	writeFileSync(path.join(project.dir, 'astro.config.mjs'), ASTRO_CONFIG);
	writeFileSync(path.join(project.dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
}

function npmInstall(dir: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.once('error', (error) => reject(new Error(`npm install could not start in ${dir}: ${error.message}`)));
		child.once('close', (status) => (status === 0 ? resolve() : reject(new Error(`npm install failed in ${dir} (exit status ${status}):\n${output.slice(-3000)}`))));
	});
}

/**
 * Writes the peer project's files and installs its dependencies, unless the same
 * versions are installed already. Throws with npm's output when the install fails.
 */
export async function preparePeerProject(repoRoot: string, log: (line: string) => void): Promise<PeerProject> {
	const project = peerProjectIn(repoRoot);
	const dependencies = peerDependencies(repoRoot);
	writeProjectFiles(project, dependencies);
	const current = Object.entries(dependencies).every(([name, version]) => installedVersion(project.dir, name) === version);
	if (!current) {
		log(`installing Starlight ${STARLIGHT_VERSION} with astro ${dependencies['astro']} in ${path.relative(repoRoot, project.dir)} …`);
		await npmInstall(project.dir);
	}
	return project;
}

/**
 * Writes the organisation in `contentDir` as the peer's Markdown pages, in a process of its
 * own (as the floor is written), so the organisation loaded for it does not stay in the
 * bench's memory while builds are measured.
 */
export async function writePeerSite(project: PeerProject, contentDir: string, node: string): Promise<PeerSiteSummary> {
	const writer = path.join(import.meta.dirname, 'peer-starlight.ts');
	try {
		const { stdout } = await promisify(execFile)(node, [writer, contentDir, project.docs, project.siteFile], { maxBuffer: 16 * 1024 * 1024 });
		return JSON.parse(stdout) as PeerSiteSummary;
	} catch (error) {
		const { stderr, message } = error as { stderr?: string; message: string };
		throw new Error(`writing the Starlight pages failed: ${stderr?.slice(-3000) || message}`);
	}
}

/** What a build leaves that would make the next one faster: Astro's content data store and generated types. */
function clearPeerCaches(project: PeerProject): void {
	for (const dir of [path.join(project.dir, 'node_modules', '.astro'), path.join(project.dir, '.astro')]) rmSync(dir, { recursive: true, force: true });
}

/**
 * `astro build` of the peer, each run from an empty output folder and, unless `warm`,
 * without the content cache an earlier build left (as Rolebook's runs start without its
 * parsed-file store).
 */
export function peerBuildCommand(project: PeerProject, node: string, warm: boolean): BenchCommand {
	const prepare = () => {
		rmSync(project.dist, { recursive: true, force: true });
		if (!warm) clearPeerCaches(project);
	};
	return { name: 'peer', command: node, args: [project.astro, 'build', '--root', project.dir], cwd: project.dir, prepare };
}

/** The content and output of one organisation, removed when the bench is done with it. */
export function removePeerSite(project: PeerProject): void {
	rmSync(project.dist, { recursive: true, force: true });
	clearPeerCaches(project);
	rmSync(project.docs, { recursive: true, force: true });
}

/** Problems with a peer build: each kind of page it must have, and its search index. */
export function checkPeerOutput(project: PeerProject, expected: { roleId: string; departmentId: string }): string[] {
	const required = [
		['role page', path.join(project.dist, 'roles', expected.roleId, 'index.html')],
		['department page', path.join(project.dist, 'departments', expected.departmentId, 'index.html')],
		['search index', path.join(project.dist, 'pagefind', 'pagefind.js')],
	] as const;
	return required.filter(([, file]) => !existsSync(file)).map(([what, file]) => `no ${what} (${path.relative(project.dir, file)})`);
}
