import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Organization } from '../model/index.ts';
import { contentTypeOf } from '../pdf/serve-dist.ts';
import { buildSearchIndex, SEARCH_BUNDLE_DIR } from './build-index.ts';

/**
 * The search index for `npm run dev`: built from the model when the server starts and
 * again after each content change, into a temporary folder, and served at
 * `<base>pagefind/` as the build would. Each rebuild writes a fresh folder and swaps it
 * in when complete, so a search never reads a half-written index.
 */
export class DevSearchIndex {
	readonly #root = mkdtempSync(path.join(tmpdir(), 'rolebook-dev-search-'));
	readonly #prefix: string;
	#current: string | undefined;
	#generation = 0;
	#queue: Promise<void> = Promise.resolve();

	constructor(base: string) {
		this.#prefix = `${base.endsWith('/') ? base : `${base}/`}${SEARCH_BUNDLE_DIR}/`;
	}

	/** Indexes `organization`; resolves with the number of records, or rejects with pagefind's error. */
	rebuild(organization: Organization): Promise<number> {
		const generation = ++this.#generation;
		// One pagefind at a time: its service is shared by the process.
		const done = this.#queue.then(async () => {
			const dir = path.join(this.#root, String(generation));
			const { records } = await buildSearchIndex(organization, dir);
			const previous = this.#current;
			this.#current = dir;
			if (previous) rmSync(previous, { recursive: true, force: true });
			return records;
		});
		this.#queue = done.then(
			() => undefined,
			() => undefined,
		);
		return done;
	}

	/** A Connect middleware: answers requests under `<base>pagefind/` from the current index. */
	readonly middleware = (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
		const pathname = decodeURIComponentSafe(new URL(request.url ?? '/', 'http://localhost').pathname);
		if (pathname === undefined || !pathname.startsWith(this.#prefix)) return next();
		const bundle = this.#current && path.join(this.#current, SEARCH_BUNDLE_DIR);
		const file = bundle && path.resolve(bundle, `.${path.posix.normalize(`/${pathname.slice(this.#prefix.length)}`)}`);
		if (!bundle || !file || !file.startsWith(bundle + path.sep) || !isFile(file)) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			response.end(this.#current ? 'Not found' : 'The search index is still being built.');
			return;
		}
		response.writeHead(200, { 'content-type': contentTypeOf(file), 'cache-control': 'no-store' });
		createReadStream(file).pipe(response);
	};

	dispose(): void {
		rmSync(this.#root, { recursive: true, force: true });
	}
}

function decodeURIComponentSafe(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

function isFile(file: string): boolean {
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
}
