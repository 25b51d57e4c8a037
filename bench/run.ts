/**
 * `npm run bench`: generates organisations of N roles (`generateOrganization`, seed 1)
 * and prints, for each, what it costs to validate and build them, what the build weighs,
 * how the build compares with a plain template-string writer (the floor) and with Astro
 * writing the same pages blank (Astro's floor, bench/astro-floor.ts) and, when asked,
 * with a Starlight site of the same organisation, and how fast `astro dev` shows the
 * first page and an edit. Every measured command runs several times in alternating
 * rounds (round 1 runs each once, then round 2, …); medians are printed, wall time and
 * peak memory of the whole process tree. Then how each figure grows with the size.
 *
 * Runs are cold unless `--warm`: before each run, Rolebook's parsed-file store of the
 * content (and the peer's content cache) is removed, as on a fresh checkout; so is the
 * store before the dev server starts.
 *
 *   npm run bench -- [--roles 1000,10000] [--runs 3] [--peer starlight] [--warm] [--skip-dev] [--keep]
 *
 *   --roles N,M        organisation sizes, in published roles (default 1000,10000)
 *   --runs N           runs of each command, in alternating rounds (default 3)
 *   --peer starlight   also build the organisation as a Starlight site (installed on
 *                      demand in node_modules/.cache/rolebook-bench/peer-starlight/, never
 *                      a dependency of Rolebook) and print Starlight time / Rolebook time
 *   --warm             keep the caches between runs (Rolebook's parsed-file store, the
 *                      peer's content cache): a rebuild of unchanged content. The first
 *                      run of a command may then be cold, so use 3 runs or more
 *   --skip-dev         do not measure the dev server (first page, reload after an edit)
 *   --keep             keep the generated content and the builds, and print where
 *
 * The targets printed beside the figures (TARGETS in bench/report.ts): at 10,000 roles,
 * validate under 3 s, the build at most 4x the floor and under 2 GB of peak memory, and
 * Starlight at least 2x slower than Rolebook (3x at 1,000 roles); at every size, the dev
 * server's first role page within 10 s and an edit shown within 2 s.
 *
 * Progress goes to stderr, the report to stdout.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroFloorCommand } from './astro-floor.ts';
import { measureAuthoring } from './authoring.ts';
import { describeBuildOutput, filesUnder, totalBytes } from './build-output.ts';
import { generateOrganization } from './generate-organization.ts';
import type { Measurement } from './measure-process.ts';
import { parsedFileStorePath } from '../src/model/parsed-file-store.ts';
import { checkPeerOutput, peerBuildCommand, preparePeerProject, removePeerSite, writePeerSite, type PeerProject } from './peer-project.ts';
import type { PeerSiteSummary } from './peer-starlight.ts';
import { printGrowth, printSize, type PeerResult, type SizeResult } from './report.ts';
import { measureInRounds, type BenchCommand, type CommandFigures } from './rounds.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** What to measure, from the command line. */
interface BenchOptions {
	sizes: number[];
	runs: number;
	peer: 'starlight' | undefined;
	/** Keep caches between runs instead of starting each run cold. */
	warm: boolean;
	skipDev: boolean;
	keep: boolean;
	node: string;
}

/** The peer as far as it could be prepared: its project, or why there is none. */
type PeerSetup = { project: PeerProject } | { failure: string } | undefined;

const USAGE = 'usage: npm run bench -- [--roles 1000,10000] [--runs 3] [--peer starlight] [--warm] [--skip-dev] [--keep]';

function parseOptions(args: string[]): BenchOptions {
	const { values } = parseArgs({
		args,
		options: {
			roles: { type: 'string', default: '1000,10000' },
			runs: { type: 'string', default: '3' },
			peer: { type: 'string' },
			warm: { type: 'boolean', default: false },
			'skip-dev': { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
		},
	});
	const sizes = values.roles.split(',').map(Number);
	const runs = Number(values.runs);
	if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--roles takes sizes like 1000,10000, not "${values.roles}"`);
	if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1, not "${values.runs}"`);
	if (values.peer !== undefined && values.peer !== 'starlight') throw new Error(`--peer knows only starlight, not "${values.peer}"`);
	return { sizes, runs, peer: values.peer, warm: values.warm, skipDev: values['skip-dev'], keep: values.keep, node: process.execPath };
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

function logRun(runs: number): (name: string, round: number, measurement: Measurement) => void {
	return (name, round, measurement) => {
		const outcome = measurement.status === 0 ? `${(measurement.milliseconds / 1000).toFixed(2)} s, ${(measurement.peakRssBytes / 1024 / 1024).toFixed(0)} MB` : `failed (exit status ${measurement.status})`;
		progress(`  round ${round}/${runs}: ${name} ${outcome}`);
	};
}

/**
 * Rolebook's commands: validate, the full build (from an empty output folder each run) and
 * the floor, each without the parsed-file store unless `options.warm`; then Astro's floor,
 * the build's pages blank.
 */
function rolebookCommands(options: BenchOptions, content: string, work: string): BenchCommand[] {
	const dist = path.join(work, 'dist');
	const cold = () => {
		if (!options.warm) rmSync(parsedFileStorePath(content), { force: true });
	};
	return [
		// What `npm run validate` runs.
		{ name: 'validate', command: options.node, args: [path.join(ROOT, 'bin/rolebook.js'), 'validate', '--content', content], prepare: cold },
		// What `npm run build` runs: Astro's build, with a summary in place of a line per page.
		{
			name: 'build',
			command: options.node,
			args: [path.join(ROOT, 'bin/rolebook.js'), 'build', '--content', content, '--outDir', dist],
			cwd: ROOT,
			prepare: () => {
				cold();
				rmSync(dist, { recursive: true, force: true });
			},
		},
		{
			name: 'floor',
			command: options.node,
			args: [path.join(ROOT, 'bench/floor.ts'), content, path.join(work, 'floor')],
			// The last run's pages are removed before the clock starts, as the build's are.
			prepare: () => {
				cold();
				rmSync(path.join(work, 'floor'), { recursive: true, force: true });
			},
		},
		astroFloorCommand(ROOT, dist, options.node),
	];
}

/** A note when the runs may not have been cold: the store was not where the bench removes it from. */
function storeNotes(options: BenchOptions, content: string): string[] {
	if (options.warm || existsSync(parsedFileStorePath(content))) return [];
	return [`Rolebook's parsed-file store was not found at ${parsedFileStorePath(content)} after the runs, so the runs may not have been cold.`];
}

async function preparePeer(options: BenchOptions): Promise<PeerSetup> {
	if (!options.peer) return undefined;
	try {
		return { project: await preparePeerProject(ROOT, progress) };
	} catch (error) {
		return { failure: `Installing Starlight failed: ${(error as Error).message}` };
	}
}

/** The peer for one organisation: its pages written and its build command, or why not. */
type PeerForSize = { project: PeerProject; site: PeerSiteSummary; command: BenchCommand } | { failure: string };

async function peerForSize(peer: PeerSetup, options: BenchOptions, content: string): Promise<PeerForSize | undefined> {
	if (!peer || 'failure' in peer) return peer;
	progress('  writing the Starlight pages …');
	try {
		const site = await writePeerSite(peer.project, content, options.node);
		return { project: peer.project, site, command: peerBuildCommand(peer.project, options.node, options.warm) };
	} catch (error) {
		return { failure: (error as Error).message };
	}
}

/** The peer's figures from the rounds, with a look at its output (the last run's). */
function peerResult(peer: PeerForSize, figures: CommandFigures | undefined): PeerResult {
	const failed = (failure: string): PeerResult => ({ failure, figures: undefined, outputProblems: [], output: undefined });
	if ('failure' in peer) return failed(peer.failure);
	if (!figures || figures.failure) return failed(`The Starlight build failed: ${figures?.failure ?? 'it did not run'}`);
	const { project } = peer;
	const files = filesUnder(project.dist);
	const output = { files: files.length, bytes: totalBytes(files), searchIndexBytes: totalBytes(filesUnder(path.join(project.dist, 'pagefind'))) };
	return { failure: undefined, figures, outputProblems: checkPeerOutput(project, peer.site), output };
}

/** Stops the bench when one of Rolebook's own commands failed: nothing else would mean anything. */
function requireSuccess(figures: Map<string, CommandFigures>, names: readonly string[]): void {
	for (const name of names) {
		const failure = figures.get(name)!.failure;
		if (failure) throw new Error(failure);
	}
}

async function authoringOf(options: BenchOptions, content: string): Promise<SizeResult['authoring']> {
	if (options.skipDev) return undefined;
	progress('  dev server: first page and three edits …');
	if (!options.warm) rmSync(parsedFileStorePath(content), { force: true });
	try {
		return await measureAuthoring({ node: options.node, repoRoot: ROOT, contentDir: content, edits: 3, startTimeoutMs: 120_000, editTimeoutMs: 60_000, pollIntervalMs: 50 });
	} catch (error) {
		return { failure: `Measuring the dev server failed: ${(error as Error).message}` };
	}
}

/** Runs one step of the bench, so that its error says which step failed. */
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		throw new Error(`${name} failed: ${(error as Error).message}`);
	}
}

async function measureSize(roles: number, options: BenchOptions, peer: PeerSetup): Promise<SizeResult> {
	const loadBefore = loadavg()[0]!;
	const work = mkdtempSync(path.join(tmpdir(), `rolebook-bench-${roles}-`));
	const content = path.join(work, 'content');
	try {
		progress(`${roles} roles: generating the organisation …`);
		await step('generating the organisation', () => generateOrganization(content, { roles, seed: 1 }));
		const peerHere = await peerForSize(peer, options, content);
		const commands = [...rolebookCommands(options, content, work), ...(peerHere && 'command' in peerHere ? [peerHere.command] : [])];
		const figures = await measureInRounds(commands, options.runs, logRun(options.runs));
		requireSuccess(figures, ['validate', 'build', 'floor', 'astro-floor']);
		const notes = storeNotes(options, content);
		const authoring = await authoringOf(options, content);
		return {
			roles,
			validate: figures.get('validate')!,
			build: figures.get('build')!,
			floor: figures.get('floor')!,
			astroFloor: figures.get('astro-floor')!,
			output: await step('reading the build output', () => describeBuildOutput(path.join(work, 'dist'))),
			peer: peerHere && peerResult(peerHere, figures.get('peer')),
			authoring,
			notes,
			loadAverage: { before: loadBefore, after: loadavg()[0]! },
			cores: availableParallelism(),
		};
	} finally {
		if (options.keep) progress(`kept ${work}${peer && 'project' in peer ? ` and ${peer.project.dir}` : ''}`);
		else {
			rmSync(parsedFileStorePath(content), { force: true });
			rmSync(work, { recursive: true, force: true });
			if (peer && 'project' in peer) removePeerSite(peer.project);
		}
	}
}

async function main(args: string[]): Promise<number> {
	let options: BenchOptions;
	try {
		options = parseOptions(args);
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const peer = await preparePeer(options);
	const results: SizeResult[] = [];
	for (const roles of options.sizes) {
		try {
			results.push(await measureSize(roles, options, peer));
		} catch (error) {
			console.error(`\nThe bench stopped at ${roles} roles: ${(error as Error).message}`);
			return 1;
		}
		printSize(results.at(-1)!, { runs: options.runs, warm: options.warm });
	}
	printGrowth(results);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
