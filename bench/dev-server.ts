/**
 * A running `astro dev` for a content folder, for measuring what an author waits for:
 * the first role page after starting the server, and a role page after editing its file.
 * The server runs in a process group of its own and is stopped with the whole group
 * (pagefind's process included), also when the bench fails or is interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A started `astro dev`, and the one way to stop it with everything it started. */
export interface DevServer {
	/** `http://localhost:PORT`, without a trailing slash. */
	origin: string;
	/** When the process was started, on `performance.now()`'s clock. */
	startedAt: number;
	/** Everything the server printed so far. */
	output(): string;
	/** Why the server is not running any more (its exit and last output), or undefined while it runs. */
	exited(): string | undefined;
	/** Stops the server and every process it started. */
	stop(): Promise<void>;
}

/** A TCP port nothing listens on now, as the system hands one out (the dev server tests use it too). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	try {
		process.kill(-child.pid!, signal);
	} catch {
		// The group is gone already.
	}
}

/** SIGTERM to the group, SIGKILL to what is left after `graceMs`, and SIGKILL again once the leader is gone (its children may outlive it). */
function stopGroup(child: ChildProcess, graceMs: number): Promise<void> {
	return new Promise((resolve) => {
		const finish = () => {
			clearTimeout(timer);
			signalGroup(child, 'SIGKILL');
			resolve();
		};
		const timer = setTimeout(finish, graceMs);
		if (child.exitCode !== null || child.signalCode !== null) finish();
		else {
			child.once('exit', finish);
			signalGroup(child, 'SIGTERM');
		}
	});
}

/** Keeps a process group from outliving this process: on exit, and on Ctrl-C or SIGTERM (which reach only our own group). */
function killGroupWithUs(child: ChildProcess): () => void {
	const onExit = () => signalGroup(child, 'SIGKILL');
	const onSignal = (signal: NodeJS.Signals) => {
		signalGroup(child, 'SIGKILL');
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	process.on('exit', onExit);
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	return () => {
		process.off('exit', onExit);
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	};
}

/**
 * Starts `astro dev` of the project at `repoRoot` on a free port, with the content of
 * `contentDir` (`CONTENT_DIR`, as the build is run). Returns at once: the server answers
 * when it is ready.
 */
export async function startDevServer(options: { node: string; repoRoot: string; contentDir: string }): Promise<DevServer> {
	const port = await freePort();
	const startedAt = performance.now();
	const astro = `${options.repoRoot}/node_modules/astro/bin/astro.mjs`;
	const child = spawn(options.node, [astro, 'dev', '--root', options.repoRoot, '--port', String(port)], {
		cwd: options.repoRoot,
		env: { ...process.env, CONTENT_DIR: options.contentDir },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	const forget = killGroupWithUs(child);
	let output = '';
	const keep = (chunk: Buffer) => (output += chunk.toString());
	child.stdout!.on('data', keep);
	child.stderr!.on('data', keep);
	let exit: string | undefined;
	child.once('error', (error) => (exit = `astro dev could not start: ${error.message}`));
	child.once('exit', (status, signal) => (exit = `astro dev exited (${signal ?? `status ${status}`}):\n${output.slice(-3000)}`));
	return {
		origin: `http://localhost:${port}`,
		startedAt,
		output: () => output,
		exited: () => exit,
		stop: async () => {
			await stopGroup(child, 5000);
			forget();
		},
	};
}

/** When a page first answered as wanted, or why it did not. */
export type PollOutcome = { reached: true; at: number } | { reached: false; reason: string };

/**
 * Requests `url` one request after another, `intervalMs` apart, until a 200 response's
 * HTML passes `accept` (then: the time it arrived), the server exits, or `timeoutMs` passes.
 */
export async function pollPage(server: DevServer, url: string, accept: (html: string) => boolean, timing: { intervalMs: number; timeoutMs: number }): Promise<PollOutcome> {
	const deadline = performance.now() + timing.timeoutMs;
	let last = 'no answer';
	while (performance.now() < deadline) {
		const exited = server.exited();
		if (exited) return { reached: false, reason: exited };
		try {
			const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now()))) });
			const html = await response.text();
			if (response.status === 200 && accept(html)) return { reached: true, at: performance.now() };
			last = `status ${response.status}`;
		} catch (error) {
			last = (error as Error).message;
		}
		await new Promise((resolve) => setTimeout(resolve, timing.intervalMs));
	}
	return { reached: false, reason: `not reached in ${timing.timeoutMs / 1000} s (last answer: ${last})` };
}
