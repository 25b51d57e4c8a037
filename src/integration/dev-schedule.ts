import type { IncomingMessage, ServerResponse } from 'node:http';

/** `run`, once, `ms` after the last of any number of `schedule()` calls. */
export function debounced(ms: number, run: () => void): { schedule(): void; cancel(): void } {
	let timer: NodeJS.Timeout | undefined;
	return {
		schedule() {
			clearTimeout(timer);
			timer = setTimeout(run, ms);
		},
		cancel() {
			clearTimeout(timer);
		},
	};
}

/** A middleware that calls `then` once, when the server has sent its first response. */
export function firstResponse(then: () => void): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
	let waiting = true;
	return (_request, response, next) => {
		if (waiting) {
			waiting = false;
			response.once('finish', then);
		}
		next();
	};
}
