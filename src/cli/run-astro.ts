import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PACKAGE_ROOT } from '../integration/package-root.ts';

/** The Astro command line of the project in `projectDir`, and the Node.js to run it with. */
export function projectAstro(projectDir: string): { node: string; astro: string } {
	let astro: string;
	try {
		const manifest = createRequire(path.join(projectDir, 'package.json')).resolve('astro/package.json');
		astro = path.join(path.dirname(manifest), 'bin', 'astro.mjs');
	} catch {
		throw new Error(`Astro is not installed in ${projectDir}; run npm install there first.`);
	}
	// A project made by `rolebook init` pins a Node.js that Astro supports, as the `node` package.
	const pinned = path.join(projectDir, 'node_modules', 'node', 'bin', 'node');
	return { node: existsSync(pinned) ? pinned : process.execPath, astro };
}

/**
 * Runs `astro <command>` for the project in the working directory, passing every option
 * on except `--content DIR`, which becomes `CONTENT_DIR` (the content folder for this run).
 * Resolves with Astro's exit status.
 */
export async function runAstro(command: 'build' | 'dev', args: string[], usage: string): Promise<number> {
	const { content, help, rest } = splitArgs(args);
	if (help) {
		console.log(usage);
		return 0;
	}
	if (content === '') {
		console.error(`--content needs a folder\n${usage}`);
		return 2;
	}
	const projectDir = process.cwd();
	let tools: { node: string; astro: string };
	try {
		tools = projectAstro(projectDir);
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	const env = content ? { ...process.env, CONTENT_DIR: path.resolve(content) } : process.env;
	return new Promise((resolve) => {
		const child = spawn(tools.node, [tools.astro, command, ...rest], { cwd: projectDir, env, stdio: 'inherit' });
		child.once('error', (error) => {
			console.error(error.message);
			resolve(1);
		});
		child.once('close', (code) => resolve(code ?? 1));
	});
}

/** `--content DIR` and `--help` are Rolebook's; everything else is Astro's, passed on as typed. */
export function splitArgs(args: string[]): { content: string | undefined; help: boolean; rest: string[] } {
	let content: string | undefined;
	let help = false;
	const rest: string[] = [];
	for (let index = 0; index < args.length; index++) {
		const arg = args[index]!;
		if (arg === '--content') content = args[++index] ?? '';
		else if (arg.startsWith('--content=')) content = arg.slice('--content='.length);
		else if (arg === '--help' || arg === '-h') help = true;
		else rest.push(arg);
	}
	return { content, help, rest };
}

/** The oldest Node.js Astro runs on. */
const ASTRO_NODE = [22, 12];

function nodeIsTooOld(version = process.versions.node): boolean {
	const [major = 0, minor = 0] = version.split('.').map(Number);
	return major < ASTRO_NODE[0]! || (major === ASTRO_NODE[0] && minor < ASTRO_NODE[1]!);
}

/**
 * When this process runs on a Node.js older than Astro needs and the project pins a newer
 * one (the `node` package, as `rolebook init` sets up), runs `rolebook <command> args`
 * again on it and resolves with its exit status; otherwise resolves undefined.
 */
export async function relaunchOnPinnedNode(projectDir: string, command: string, args: string[]): Promise<number | undefined> {
	if (!nodeIsTooOld()) return undefined;
	const { node } = projectAstro(projectDir);
	if (node === process.execPath) return undefined;
	return new Promise((resolve) => {
		const child = spawn(node, [path.join(PACKAGE_ROOT, 'bin', 'rolebook.js'), command, ...args], { cwd: projectDir, stdio: 'inherit' });
		child.once('error', (error) => {
			console.error(error.message);
			resolve(1);
		});
		child.once('close', (code) => resolve(code ?? 1));
	});
}
