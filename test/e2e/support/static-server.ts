import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeOf } from '../../../src/pdf/serve-dist.ts';

export interface StaticServer {
	/** Origin plus base path, always ending in `/`, e.g. `http://127.0.0.1:41234/handbook/`. */
	url: string;
	close(): Promise<void>;
}

export interface StaticServerOptions {
	/** Serve the folder under this path prefix (as Astro's `base`), e.g. `/handbook/`. Default `/`. */
	base?: string;
	/** Extra headers on every file response, e.g. a Content-Security-Policy. */
	headers?: Record<string, string>;
}

function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

function isFile(file: string): boolean {
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
}

function isDirectory(file: string): boolean {
	try {
		return statSync(file).isDirectory();
	} catch {
		return false;
	}
}

/** A tiny static file server for a built folder, on 127.0.0.1 and a free port. */
export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
	const rootDir = path.resolve(root);
	const base = normalizeBase(options.base);

	const server = createServer((request, response) => {
		const notFound = () => {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			response.end('Not found');
		};
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' });
			response.end();
			return;
		}
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		} catch {
			response.writeHead(400);
			response.end();
			return;
		}
		// `/handbook` without the slash: send the browser to the base itself.
		if (base !== '/' && pathname === base.slice(0, -1)) {
			response.writeHead(301, { location: base });
			response.end();
			return;
		}
		if (!pathname.startsWith(base)) return notFound();
		let file = path.resolve(rootDir, `.${path.posix.normalize(`/${pathname.slice(base.length)}`)}`);
		if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return notFound();
		if (isDirectory(file)) {
			// Like a real static host: `/roles/x` → `/roles/x/`, so relative links resolve.
			if (!pathname.endsWith('/')) {
				const location = new URL(request.url ?? '/', 'http://localhost');
				location.pathname += '/';
				response.writeHead(301, { location: location.pathname + location.search });
				response.end();
				return;
			}
			file = path.join(file, 'index.html');
		}
		if (!isFile(file)) return notFound();
		const type = contentTypeOf(file);
		response.writeHead(200, { ...options.headers, 'content-type': type, 'content-length': statSync(file).size, 'cache-control': 'no-store' });
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		createReadStream(file).pipe(response);
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
