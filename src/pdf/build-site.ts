import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectAstro } from '../cli/run-astro.ts';
import { PACKAGE_ROOT } from '../integration/package-root.ts';

/** A build takes seconds; past this it is killed so the command cannot hang. */
const BUILD_TIMEOUT_MS = 300_000;

export interface TemporarySite {
	dir: string;
	remove(): void;
}

/**
 * Builds the site of the project in `projectDir` (where astro.config.mjs is) for a
 * content folder into a fresh temporary folder (never into dist/, which may hold a build
 * the user wants to keep). Rejects with Astro's output on failure.
 */
export async function buildTemporarySite(contentDir: string, projectDir: string, options: { people?: boolean } = {}): Promise<TemporarySite> {
	const { node, astro } = projectAstro(projectDir);
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-pdf-'));
	// With people: the print configuration, which names people whatever the site publishes.
	// Astro takes --config relative to the project folder, whatever the path looks like.
	const config = options.people ? ['--config', path.relative(projectDir, path.join(PACKAGE_ROOT, 'src/pdf/print.config.mjs'))] : [];
	const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
		const child = spawn(node, [astro, 'build', '--outDir', dir, ...config], {
			cwd: projectDir,
			env: { ...process.env, CONTENT_DIR: path.resolve(contentDir), NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: BUILD_TIMEOUT_MS,
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('error', reject);
		child.once('close', (code) => resolve({ status: code, output }));
	});
	const remove = () => rmSync(dir, { recursive: true, force: true });
	if (status !== 0) {
		remove();
		throw new Error(`the site did not build (exit ${status ?? 'killed after timeout'}):\n${output}`);
	}
	return { dir, remove };
}
