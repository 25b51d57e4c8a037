import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Organization } from '../model/index.ts';
import { searchRecords, TITLE_WEIGHT, type SearchRecord } from './records.ts';

/** The folder under the output where the index and pagefind's browser scripts go. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export interface SearchIndexResult {
	/** Records indexed: published roles, departments and workflows. */
	records: number;
	/** The bundle folder written. */
	bundleDir: string;
	milliseconds: number;
}

/** What pagefind is given to index: the organisation's records, in the site's language. */
export interface SearchIndexInput {
	language: string;
	records: readonly pagefind.CustomRecord[];
}

/** The records to index for `organization` (see `searchRecords`), ready for pagefind. */
export function searchIndexInput(organization: Organization): SearchIndexInput {
	const language = pagefindLanguage(organization.site.locale);
	return { language, records: searchRecords(organization).map((record) => customRecord(record, language)) };
}

/**
 * Whether a build writes this index before Astro renders the pages rather than while it
 * renders them. Pagefind runs as a process of its own and needs about 460 bytes of memory
 * for each character of text while it builds and writes the index (1.5 GB for the
 * 3.2 million characters of 10,000 roles); the renderer needs about 0.6 GB and 77 KB for
 * each role (0.69 GB at 1,000 roles, 1.38 GB at 10,000). Written while the pages render,
 * the index's peak adds to the renderer's; written first, they come one after the other,
 * and the build takes longer by pagefind's time. So the index goes first only when the
 * two at once would need more than 2 GB.
 */
export function indexesBeforePages(input: SearchIndexInput, roles: number): boolean {
	let characters = 0;
	for (const record of input.records) characters += record.content.length;
	const together = characters * PAGEFIND_BYTES_PER_CHARACTER + RENDERER_BYTES + roles * RENDERER_BYTES_PER_ROLE;
	return together > BUILD_MEMORY_BUDGET;
}

const MB = 1024 ** 2;
const PAGEFIND_BYTES_PER_CHARACTER = 460;
const RENDERER_BYTES = 610 * MB;
const RENDERER_BYTES_PER_ROLE = 77 * 1024;
/** What a build keeps its processes under, together, when writing the index first can do it. */
const BUILD_MEMORY_BUDGET = 2048 * MB;

/**
 * Indexes the organisation for pagefind and writes the bundle into `<outDir>/pagefind/`.
 * Records come from the model, not from the built HTML: it is faster (no page is parsed
 * again) and only content can reach the index. Any error pagefind reports fails the build,
 * so a site is never published with a stale or half-written index.
 */
export function buildSearchIndex(organization: Organization, outDir: string): Promise<SearchIndexResult> {
	return writeSearchIndex(searchIndexInput(organization), outDir);
}

/** `buildSearchIndex` for records already gathered. */
export async function writeSearchIndex(input: SearchIndexInput, outDir: string): Promise<SearchIndexResult> {
	const started = performance.now();
	const { records, language } = input;
	const bundleDir = path.join(outDir, SEARCH_BUNDLE_DIR);
	// pagefind's service never answers when it cannot write (its process panics), so the
	// folder is made here first, where a failure is an error, and each call has a deadline.
	rmSync(bundleDir, { recursive: true, force: true });
	mkdirSync(bundleDir, { recursive: true });
	try {
		const { index } = checked('create the index', await deadline(pagefind.createIndex({ forceLanguage: language })));
		if (!index) throw new Error('pagefind returned no index');
		// In batches: the service indexes one record at a time, but need not wait for each round trip.
		for (let start = 0; start < records.length; start += BATCH) {
			const batch = records.slice(start, start + BATCH);
			const responses = await deadline(Promise.all(batch.map((record) => index.addCustomRecord(record))));
			responses.forEach((response, i) => checked(`index ${batch[i]!.url}`, response));
		}
		checked('write the index', await deadline(index.writeFiles({ outputPath: bundleDir }), WRITE_DEADLINE_MS));
	} finally {
		await pagefind.close();
	}
	return { records: records.length, bundleDir, milliseconds: performance.now() - started };
}

/**
 * The index's language is the site's: pagefind segments Chinese into words only for a
 * `zh` index, and the browser picks the index, and how to split a query such as 客户投诉,
 * by the page's `<html lang>`, which is the site locale too.
 */
export function pagefindLanguage(locale: string): string {
	return locale.toLowerCase();
}

/**
 * A record as pagefind takes it. Filters carry the department and grade (and the kind,
 * for the result's label); the title is weighted above the body with the marker pagefind's
 * own HTML reader emits for `data-pagefind-weight`, which is the only way a custom record
 * can weight part of its content.
 */
export function customRecord(record: SearchRecord, language: string): pagefind.CustomRecord {
	const filters: Record<string, string[]> = { kind: [record.kind] };
	if (record.department) filters['department'] = [record.department];
	if (record.grade) filters['grade'] = [record.grade];
	const title = indexText(record.title);
	return {
		url: record.url,
		language,
		content: [`___PAGEFIND_WEIGHT___${TITLE_WEIGHT}`, title, '___END_PAGEFIND_WEIGHT___', ...record.body.map(indexText)].join(' '),
		meta: { title: record.title },
		filters,
	};
}

/** Content text with pagefind's private markers defused, so no author can weight their own words. */
function indexText(text: string): string {
	return text.replace(/_{3,}(?=(END_)?PAGEFIND)/gi, '').replace(/\s+/g, ' ').trim();
}

const BATCH = 200;

/** Far beyond what an organisation of ten thousand roles needs; only a stuck pagefind reaches them. */
const CALL_DEADLINE_MS = 60_000;
const WRITE_DEADLINE_MS = 600_000;

async function deadline<T>(call: Promise<T>, ms = CALL_DEADLINE_MS): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`pagefind did not answer within ${ms / 1000} s`)), ms);
	});
	try {
		return await Promise.race([call, expired]);
	} finally {
		clearTimeout(timer);
	}
}

function checked<T extends { errors: string[] }>(what: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`pagefind could not ${what}: ${response.errors.join('; ')}`);
	return response;
}
