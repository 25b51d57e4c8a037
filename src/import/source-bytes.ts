/**
 * The bytes of a document to import, read only from a regular file of a sane size,
 * and the test that text is text. A FIFO or a device given as a file is refused before
 * anything waits on it (the file is opened non-blocking and checked before a byte is
 * read); a program, an archive or random bytes given a .txt or .md name are refused
 * with what they look like, instead of being imported as roles of garbage.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Larger than any job-description document; 20 MB of text imports in seconds. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

export class SourceError extends Error {}

export function readRegularFile(file: string, limit = MAX_SOURCE_BYTES): Buffer {
	let fd: number;
	try {
		fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw new SourceError(openProblem(error as NodeJS.ErrnoException));
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) throw new SourceError('is a folder, not a file');
		if (!stat.isFile()) throw new SourceError(`is a ${kindOf(stat)}, not a regular file; only regular files are read`);
		if (stat.size > limit) throw new SourceError(`is ${megabytes(stat.size)}; the importer reads documents up to ${megabytes(limit)} (split the file)`);
		const bytes = Buffer.alloc(stat.size);
		let read = 0;
		while (read < bytes.length) {
			const n = readSync(fd, bytes, read, bytes.length - read, read);
			if (n === 0) break;
			read += n;
		}
		return bytes.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

function openProblem(error: NodeJS.ErrnoException): string {
	if (error.code === 'ENOENT') return 'no such file';
	if (error.code === 'EACCES' || error.code === 'EPERM') return 'cannot be read (permission denied)';
	if (error.code === 'ELOOP') return 'is a symbolic link loop';
	if (error.code === 'ENXIO') return 'is a socket or a device, not a regular file; only regular files are read';
	return `cannot be read (${error.code ?? error.message})`;
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
	if (stat.isFIFO()) return 'named pipe (FIFO)';
	if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
	if (stat.isSocket()) return 'socket';
	return 'special file';
}

function megabytes(bytes: number): string {
	return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

const SIGNATURES: [number[], string][] = [
	[[0x7f, 0x45, 0x4c, 0x46], 'a program (an ELF executable)'],
	[[0x4d, 0x5a], 'a Windows program'],
	[[0x25, 0x50, 0x44, 0x46], 'a PDF document; give it a .pdf name'],
	[[0x50, 0x4b, 0x03, 0x04], 'a zip archive (a Word .docx file?); give it its own extension'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'an old Word or Excel file; give it a .doc name'],
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image'],
	[[0x1f, 0x8b], 'a gzip archive'],
];

/** Throws SourceError when bytes meant as text are something else. UTF-16 with a BOM is text. */
export function checkText(bytes: Uint8Array): void {
	for (const [signature, what] of SIGNATURES) {
		if (signature.every((byte, i) => bytes[i] === byte)) throw new SourceError(`is not a text file: it is ${what}`);
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return;
	const nul = bytes.indexOf(0);
	if (nul >= 0) throw new SourceError(`is not a text file: it holds binary data (a NUL byte at offset ${nul})`);
}

/** Throws SourceError when decoded text is mostly control characters and undecodable bytes. */
export function checkDecoded(text: string): void {
	const sample = text.length > 1 << 20 ? text.slice(0, 1 << 20) : text;
	let bad = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0x7f || code === 0xfffd) bad++;
	}
	if (sample.length >= 16 && bad / sample.length > 0.02) {
		throw new SourceError(`is not a text file: ${Math.round((bad / sample.length) * 100)}% of it is control characters or bytes that are neither UTF-8 nor GB18030`);
	}
}
