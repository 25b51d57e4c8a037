import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadOrganization } from '../../../src/model/index.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The example organisation shipped with the project. */
export const EXAMPLE_CONTENT = path.join(ROOT, 'content');

/** A build normally takes a few seconds; past this it is killed so a test run cannot hang. */
const BUILD_TIMEOUT_MS = 180_000;

export interface BuiltSite {
	/** The output folder (what would be uploaded). */
	dir: string;
	/** The site's `base` from site.yaml, e.g. `/` or `/handbook/`. */
	base: string;
	/** Removes the output folder. */
	remove(): void;
}

/**
 * Runs `astro build` for a content folder into a fresh temp folder, exactly as a user would,
 * and resolves with that folder. Rejects with Astro's output if the build fails.
 */
export async function buildSite(contentDir: string = EXAMPLE_CONTENT): Promise<BuiltSite> {
	const absoluteContent = path.resolve(contentDir);
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-e2e-'));
	const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dir];
	const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: absoluteContent, NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: BUILD_TIMEOUT_MS,
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('error', reject);
		child.once('close', (code) => resolve({ status: code, output }));
	});
	if (status !== 0) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error(`astro build of ${absoluteContent} failed (exit ${status ?? 'killed after timeout'}):\n${output}`);
	}
	const base = loadOrganization(absoluteContent).organization.site.base || '/';
	return { dir, base, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
