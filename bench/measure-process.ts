import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measurement {
	status: number | null;
	milliseconds: number;
	/** The largest resident memory the process and all its children held at once, sampled. */
	peakRssBytes: number;
	output: string;
}

/** Pids of `root` and every process below it, from /proc. */
function processTree(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			(children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(entry));
		} catch {
			// The process ended while we looked.
		}
	}
	const tree = [root];
	for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
	return tree;
}

function rssBytes(pid: number): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
	} catch {
		return 0;
	}
}

/**
 * Runs a command and measures its wall time and the peak of the summed resident memory
 * of its whole process tree (pagefind, for one, runs as a child process), sampled every
 * 25 ms: a lower bound on the true peak, close enough to compare runs. `env` is added to
 * this process's environment; `cwd` is where the command runs (default: here).
 */
export function measure(command: string, args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Measurement> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		let peakRssBytes = 0;
		const sampler = setInterval(() => {
			const total = processTree(child.pid!).reduce((sum, pid) => sum + rssBytes(pid), 0);
			peakRssBytes = Math.max(peakRssBytes, total);
		}, 25);
		// A command that cannot start (no such file) fails like one that exits with an error.
		child.on('error', (error) => {
			clearInterval(sampler);
			resolve({ status: null, milliseconds: performance.now() - started, peakRssBytes, output: `${output}${error.message}\n` });
		});
		child.on('exit', (status) => {
			clearInterval(sampler);
			resolve({ status, milliseconds: performance.now() - started, peakRssBytes, output });
		});
	});
}
