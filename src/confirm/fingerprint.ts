import { createHash } from 'node:crypto';

/** Hex digits kept: 48 bits, short enough to read aloud and compare by eye, far from colliding within one organisation. */
const DIGITS = 12;

/**
 * The fingerprint of a sheet's text: SHA-256 of its lines (already normalised) joined by
 * line feeds, as UTF-8; the first 12 hex digits, in groups of four (`3f2a-91bc-07de`).
 * Anyone holding the text can recompute it with any SHA-256 tool.
 */
export function fingerprintOf(lines: readonly string[]): string {
	const hex = createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex').slice(0, DIGITS);
	return hex.match(/.{4}/g)!.join('-');
}
