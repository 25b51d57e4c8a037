import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian (and Ubuntu without snaps) put Chromium. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** What to install: the browser, and a CJK font without which Chinese prints as boxes. */
export const INSTALL_HINT = "install Debian's chromium and fonts-noto-cjk packages (apt-get install chromium fonts-noto-cjk)";

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
 * Throws when there is none, so browser tests fail loudly instead of skipping and the PDF
 * command says what to install.
 */
export function chromiumPath(): string {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv)) {
			throw new Error(`Chromium not found: CHROMIUM_PATH=${fromEnv} does not exist; ${INSTALL_HINT}, or fix CHROMIUM_PATH`);
		}
		return fromEnv;
	}
	const found = CANDIDATES.find((candidate) => existsSync(candidate));
	if (!found) {
		throw new Error(`Chromium not found: ${INSTALL_HINT}, or set CHROMIUM_PATH (looked in ${CANDIDATES.join(', ')})`);
	}
	return found;
}

/** A headless system Chromium driven by playwright-core (which never downloads browsers). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: LAUNCH_ARGS });
}
