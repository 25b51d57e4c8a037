/**
 * Authoring speed: how long `astro dev` takes to show the first role page, and how long
 * a role page takes to show an edit of its YAML file (one duty line changed), measured
 * as an author's browser would see it: by requesting the page until it has the new text.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument, type Scalar } from 'yaml';
import { pollPage, startDevServer, type DevServer } from './dev-server.ts';
import { median } from './statistics.ts';

export interface AuthoringOptions {
	node: string;
	repoRoot: string;
	contentDir: string;
	/** How many edits to time. */
	edits: number;
	/** How long the first page may take before it counts as not reached. */
	startTimeoutMs: number;
	/** How long an edit may take to show before it counts as not reached. */
	editTimeoutMs: number;
	pollIntervalMs: number;
}

export interface AuthoringFigures {
	roleId: string;
	/** From starting the server to the first 200 of the role page; undefined when not reached. */
	firstPageMilliseconds: number | undefined;
	/** For each edit, from writing the file to the page showing the new text; undefined when not reached. */
	editMilliseconds: (number | undefined)[];
	/** The median edit; an edit not reached counts as slower than any other, so undefined when half or more were not reached. */
	medianEditMilliseconds: number | undefined;
	/** What did not go as planned, each a sentence. */
	problems: string[];
}

/** A role's file and where in it its first duty line is (as a path into the YAML data). */
interface EditableRole {
	file: string;
	id: string;
	source: string;
	dutyPath: (string | number)[];
}

type DutyNode = string | { text?: string; group?: string; items?: DutyNode[] };

/** The path of the first plain duty line in a duty list, inside groups too. */
function firstDutyLine(duties: readonly DutyNode[], at: (string | number)[]): (string | number)[] | undefined {
	for (const [index, duty] of duties.entries()) {
		if (typeof duty === 'string') return [...at, index];
		if (typeof duty.text === 'string') return [...at, index, 'text'];
		const inGroup = duty.items ? firstDutyLine(duty.items, [...at, index, 'items']) : undefined;
		if (inGroup) return inGroup;
	}
	return undefined;
}

/** A published role with a duty line, from the middle of the content's role files (the same one for the same content). */
export function pickRoleToEdit(contentDir: string): EditableRole {
	const rolesDir = path.join(contentDir, 'roles');
	const files = readdirSync(rolesDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.yaml'))
		.sort();
	const middle = Math.floor(files.length / 2);
	for (const relative of [...files.slice(middle), ...files.slice(0, middle)]) {
		const file = path.join(rolesDir, relative);
		const source = readFileSync(file, 'utf8');
		const data = parse(source) as { id?: string; status?: string; duties?: DutyNode[] } | null;
		if (!data || (data.status && data.status !== 'published')) continue;
		const dutyPath = firstDutyLine(data.duties ?? [], ['duties']);
		if (dutyPath) return { file, id: data.id ?? path.basename(file, '.yaml'), source, dutyPath };
	}
	throw new Error(`no published role with a duty line in ${rolesDir}`);
}

/** The file's text with only that duty line replaced, as an author's edit would leave it. */
export function withDutyLine(role: EditableRole, text: string): string {
	const node = parseDocument(role.source).getIn(role.dutyPath, true) as Scalar | undefined;
	if (!node?.range) throw new Error(`no duty line at ${role.dutyPath.join('.')} in ${role.file}`);
	const [start, valueEnd] = node.range;
	return role.source.slice(0, start) + JSON.stringify(text) + role.source.slice(valueEnd);
}

const SEARCH_INDEX_LINE = /search index: \d+ records/g;
/** How long to wait for the search index of the previous change before timing the next edit anyway. */
const SETTLE_TIMEOUT_MS = 60_000;

/**
 * Waits until the server has reported `count` search indexes (one at start, one after
 * each edit), so an edit is not timed while the previous one is still being indexed. An
 * author edits seconds apart, not in the same moment. False when the wait timed out.
 */
async function waitForSearchIndexes(server: DevServer, count: number, timeoutMs: number): Promise<boolean> {
	const deadline = performance.now() + timeoutMs;
	while (performance.now() < deadline && !server.exited()) {
		if ((server.output().match(SEARCH_INDEX_LINE) ?? []).length >= count) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return false;
}

async function timeFirstPage(server: DevServer, url: string, options: AuthoringOptions, problems: string[]): Promise<number | undefined> {
	const outcome = await pollPage(server, url, (html) => html.includes('</html>'), { intervalMs: options.pollIntervalMs, timeoutMs: options.startTimeoutMs });
	if (outcome.reached) return outcome.at - server.startedAt;
	problems.push(`first role page: ${outcome.reason}`);
	return undefined;
}

async function timeEdit(server: DevServer, url: string, role: EditableRole, edit: number, options: AuthoringOptions, problems: string[]): Promise<number | undefined> {
	if (!(await waitForSearchIndexes(server, edit, SETTLE_TIMEOUT_MS))) problems.push(`edit ${edit}: the server had not reported its search index after ${SETTLE_TIMEOUT_MS / 1000} s; timed anyway`);
	const token = `bench-edit-${edit}-${Date.now().toString(36)}`;
	const text = withDutyLine(role, `修订后的职责 ${token}`);
	const written = performance.now();
	writeFileSync(role.file, text);
	const outcome = await pollPage(server, url, (html) => html.includes(token), { intervalMs: options.pollIntervalMs, timeoutMs: options.editTimeoutMs });
	if (outcome.reached) return outcome.at - written;
	problems.push(`edit ${edit}: ${outcome.reason}`);
	return undefined;
}

/**
 * Starts `astro dev` on the content, times the first role page and `options.edits` edits
 * of that role's file, then puts the file back and stops the server (always, whatever
 * failed). Problems are returned, not thrown, so the rest of the bench goes on.
 */
export async function measureAuthoring(options: AuthoringOptions): Promise<AuthoringFigures> {
	const role = pickRoleToEdit(options.contentDir);
	const problems: string[] = [];
	const editMilliseconds: (number | undefined)[] = [];
	let firstPageMilliseconds: number | undefined;
	const server = await startDevServer(options);
	try {
		const url = `${server.origin}/roles/${role.id}/`;
		firstPageMilliseconds = await timeFirstPage(server, url, options, problems);
		for (let edit = 1; firstPageMilliseconds !== undefined && edit <= options.edits; edit++) {
			editMilliseconds.push(await timeEdit(server, url, role, edit, options, problems));
		}
	} finally {
		writeFileSync(role.file, role.source);
		await server.stop();
	}
	const middle = median(editMilliseconds.map((value) => value ?? Number.POSITIVE_INFINITY));
	return { roleId: role.id, firstPageMilliseconds, editMilliseconds, medianEditMilliseconds: Number.isFinite(middle) ? middle : undefined, problems };
}
