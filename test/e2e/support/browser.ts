import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian (and Ubuntu without snaps) put Chromium. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const LAUNCH_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * The system Chromium: `CHROMIUM_PATH` if set, else the first Debian location that exists.
 * Throws when there is none: browser tests fail loudly instead of skipping.
 */
export function chromiumPath(): string {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv)) {
			throw new Error(`Chromium not found: CHROMIUM_PATH=${fromEnv} does not exist; install Debian's chromium package (apt-get install chromium fonts-noto-cjk) or fix CHROMIUM_PATH`);
		}
		return fromEnv;
	}
	const found = CANDIDATES.find((candidate) => existsSync(candidate));
	if (!found) {
		throw new Error(
			`Chromium not found: install Debian's chromium package (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH (looked in ${CANDIDATES.join(', ')})`,
		);
	}
	return found;
}

/** A headless system Chromium driven by playwright-core (which never downloads browsers). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: LAUNCH_ARGS });
}
