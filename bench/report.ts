/**
 * The bench's printed report: for each organisation size the medians, the ratios, the
 * output's weight and authoring speed, each beside its target with "met" or "not met";
 * then how the figures grow from the smallest size to the largest.
 */
import type { AuthoringFigures } from './authoring.ts';
import type { BuildOutput } from './build-output.ts';
import type { CommandFigures } from './rounds.ts';

/** What the Starlight peer did at one size, or why it could not be measured. */
export interface PeerResult {
	/** Why the peer has no figures (it could not be installed, written or built), or undefined. */
	failure: string | undefined;
	figures: CommandFigures | undefined;
	/** Pages or the search index missing from its output. */
	outputProblems: string[];
	output: { files: number; bytes: number; searchIndexBytes: number } | undefined;
}

/** Everything measured for one organisation size. */
export interface SizeResult {
	roles: number;
	validate: CommandFigures;
	build: CommandFigures;
	floor: CommandFigures;
	/** Astro writing the build's pages, each blank: its pipeline's own cost. */
	astroFloor: CommandFigures;
	output: BuildOutput;
	/** Undefined when no peer was asked for. */
	peer: PeerResult | undefined;
	/** Undefined when skipped; a failure when the dev server could not be measured at all. */
	authoring: AuthoringFigures | { failure: string } | undefined;
	/** Anything that makes the figures less than they seem, each a sentence. */
	notes: string[];
	/** The machine's one-minute load average before and after measuring: how much other work shared it. */
	loadAverage: { before: number; after: number };
	cores: number;
}

/** A figure's target; `roles` is the organisation size it applies to (every size when undefined). */
interface Target {
	text: string;
	roles: number | undefined;
	met: (value: number) => boolean;
}

const TARGETS = {
	validate: { text: '< 3 s', roles: 10_000, met: (ms) => ms < 3000 },
	buildOverFloor: { text: '≤ 4x', roles: 10_000, met: (ratio) => ratio <= 4 },
	buildMemory: { text: '< 2 GB', roles: 10_000, met: (bytes) => bytes < 2 * 1024 ** 3 },
	peerAtSmall: { text: '≥ 3x', roles: 1_000, met: (ratio) => ratio >= 3 },
	peerAtLarge: { text: '≥ 2x', roles: 10_000, met: (ratio) => ratio >= 2 },
	firstPage: { text: '≤ 10 s', roles: undefined, met: (ms) => ms <= 10_000 },
	edit: { text: '≤ 2 s', roles: undefined, met: (ms) => ms <= 2000 },
} satisfies Record<string, Target>;

const count = (value: number) => value.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (ratio: number) => `${ratio.toFixed(2)}x`;

/** "target < 3 s: met", or the size the target is set for when this is another size. */
function targetNote(target: Target, roles: number, value: number | undefined): string {
	if (target.roles !== undefined && target.roles !== roles) return `target at ${count(target.roles)} roles: ${target.text}`;
	if (value === undefined || Number.isNaN(value)) return `target ${target.text}: not measured`;
	return `target ${target.text}: ${target.met(value) ? 'met' : 'not met'}`;
}

function printLine(label: string, value: string, note = ''): void {
	console.log(`${label.padEnd(56)} ${value.padStart(10)}${note ? `   ${note}` : ''}`);
}

/** The single runs behind a median, so a reader sees how much they varied. */
const runsOf = (figures: CommandFigures, format: (run: CommandFigures['runs'][number]) => string) => (figures.runs.length > 1 ? `runs: ${figures.runs.map(format).join(', ')}` : '');

function printCommand(label: string, figures: CommandFigures, roles: number, target?: Target): void {
	const note = [runsOf(figures, (run) => seconds(run.milliseconds)), target ? targetNote(target, roles, figures.milliseconds) : ''].filter(Boolean).join('; ');
	printLine(label, seconds(figures.milliseconds), note);
}

function printMemory(label: string, figures: CommandFigures, roles: number, target?: Target): void {
	const note = [runsOf(figures, (run) => mb(run.peakRssBytes)), target ? targetNote(target, roles, figures.peakRssBytes) : ''].filter(Boolean).join('; ');
	printLine(label, mb(figures.peakRssBytes), note);
}

function printRolebook(result: SizeResult): void {
	const { roles } = result;
	printCommand('validate', result.validate, roles, TARGETS.validate);
	printCommand('full build (pages, charts, sheets, search index)', result.build, roles);
	printMemory('full build peak memory (RSS, whole process tree)', result.build, roles, TARGETS.buildMemory);
	printCommand('floor: same model, template-string role pages', result.floor, roles);
	const overFloor = result.build.milliseconds / result.floor.milliseconds;
	printLine('build / floor', times(overFloor), targetNote(TARGETS.buildOverFloor, roles, overFloor));
	printCommand(`Astro's floor: the build's ${count(result.output.pages)} pages, blank, by Astro`, result.astroFloor, roles);
	printLine("Astro's floor / floor", times(result.astroFloor.milliseconds / result.floor.milliseconds), 'the least build / floor a build whose pages Astro renders can reach');
	printLine("build / Astro's floor", times(result.build.milliseconds / result.astroFloor.milliseconds), "what Rolebook's pages, charts, sheets and search add to Astro's own cost");
}

function printOutput(output: BuildOutput): void {
	printLine('dist/ size', mb(output.bytes));
	printLine('dist/ files', count(output.files), `${count(output.pages)} of them pages`);
	printLine('role page HTML, median', kb(output.rolePageMedian));
	printLine('role page HTML, largest', kb(output.rolePageLargest));
	printLine('JavaScript a role page loads before search opens', kb(output.roleScriptBytes));
	printLine('search index', mb(output.searchIndexBytes));
}

/** The peer's target at this size, or both targets when neither is set for this size. */
function peerTargetNote(roles: number, ratio: number): string {
	const target = [TARGETS.peerAtSmall, TARGETS.peerAtLarge].find((candidate) => candidate.roles === roles);
	if (target) return targetNote(target, roles, ratio);
	return `targets ${TARGETS.peerAtSmall.text} at ${count(TARGETS.peerAtSmall.roles)} roles, ${TARGETS.peerAtLarge.text} at ${count(TARGETS.peerAtLarge.roles)}`;
}

function printPeer(peer: PeerResult, result: SizeResult): void {
	if (peer.failure || !peer.figures) {
		console.log(`Starlight peer: not measured. ${peer.failure ?? ''}`);
		return;
	}
	const { roles } = result;
	printCommand('Starlight build (same organisation, pagefind search)', peer.figures, roles);
	printMemory('Starlight build peak memory (RSS, whole process tree)', peer.figures, roles);
	const ratio = peer.figures.milliseconds / result.build.milliseconds;
	printLine('Starlight time / Rolebook time', times(ratio), peerTargetNote(roles, ratio));
	if (peer.output) printLine('Starlight dist/ (files; search index)', mb(peer.output.bytes), `${count(peer.output.files)} files; search index ${mb(peer.output.searchIndexBytes)}`);
	for (const problem of peer.outputProblems) console.log(`Starlight output: ${problem}`);
}

function printAuthoring(authoring: AuthoringFigures | { failure: string }, roles: number): void {
	if ('failure' in authoring) {
		console.log(`dev server: not measured. ${authoring.failure}`);
		return;
	}
	const shown = (ms: number | undefined) => (ms === undefined ? 'not reached' : seconds(ms));
	// Not reached in time is not met; edits are not tried when the first page never came.
	const firstPage = authoring.firstPageMilliseconds ?? Number.POSITIVE_INFINITY;
	printLine('dev server: first role page', shown(authoring.firstPageMilliseconds), `/roles/${authoring.roleId}/; ${targetNote(TARGETS.firstPage, roles, firstPage)}`);
	const edits = authoring.editMilliseconds;
	const medianEdit = edits.length === 0 ? undefined : (authoring.medianEditMilliseconds ?? Number.POSITIVE_INFINITY);
	const editRuns = edits.length > 1 ? `edits: ${edits.map(shown).join(', ')}; ` : '';
	printLine(`dev server: page shows a one-file edit${edits.length > 0 ? ` (median of ${edits.length})` : ''}`, edits.length === 0 ? 'not measured' : shown(authoring.medianEditMilliseconds), `${editRuns}${targetNote(TARGETS.edit, roles, medianEdit)}`);
	for (const problem of authoring.problems) console.log(`dev server: ${problem}`);
}

/** Everything measured for one organisation size; `warm` says whether caches were kept between runs. */
export function printSize(result: SizeResult, how: { runs: number; warm: boolean }): void {
	const { runs } = how;
	const caches = how.warm ? 'warm: caches kept between runs' : "cold: no parsed-file store, no Starlight content cache";
	console.log(`\n— ${count(result.roles)} roles: medians of ${runs} run${runs === 1 ? '' : 's'} in alternating rounds, ${caches} —`);
	console.log(`load average (1 min) ${result.loadAverage.before.toFixed(2)} before, ${result.loadAverage.after.toFixed(2)} after, on ${result.cores} cores: figures taken on a busy machine are slower`);
	printRolebook(result);
	if (result.peer) printPeer(result.peer, result);
	if (result.authoring) printAuthoring(result.authoring, result.roles);
	printOutput(result.output);
	for (const note of result.notes) console.log(`note: ${note}`);
}

/** Time (or memory) per role at the largest size over the smallest: 1.00 is linear. */
export function printGrowth(results: readonly SizeResult[]): void {
	if (results.length < 2) return;
	const [small, large] = [results[0]!, results.at(-1)!];
	const scale = large.roles / small.roles;
	console.log(`\n— growth from ${count(small.roles)} to ${count(large.roles)} roles (${scale}x the roles), per role: 1.00 is linear —`);
	const perRole = (smallValue: number, largeValue: number) => (largeValue / smallValue / scale).toFixed(2);
	for (const key of ['validate', 'build', 'floor'] as const) printLine(key === 'build' ? 'full build' : key, perRole(small[key].milliseconds, large[key].milliseconds));
	printLine("Astro's floor", perRole(small.astroFloor.milliseconds, large.astroFloor.milliseconds));
	const [smallPeer, largePeer] = [small.peer?.figures, large.peer?.figures];
	if (smallPeer && largePeer) printLine('Starlight build', perRole(smallPeer.milliseconds, largePeer.milliseconds));
	printLine('full build peak memory', perRole(small.build.peakRssBytes, large.build.peakRssBytes));
	if (smallPeer && largePeer) printLine('Starlight build peak memory', perRole(smallPeer.peakRssBytes, largePeer.peakRssBytes));
}
