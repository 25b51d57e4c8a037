/**
 * A .docx is a zip archive, and a zip can expand a few hundred kilobytes into
 * gigabytes. Before a Word file reaches the reader, every entry is inflated here with a
 * hard ceiling on the total: an archive that expands past it is refused, whatever sizes
 * its directory claims, and memory never holds more than the ceiling.
 */
import { createInflateRaw } from 'node:zlib';

/** What a Word document may expand to: text-only files are a few megabytes, ones with photos tens. */
export const MAX_EXPANDED_BYTES = 256 * 1024 * 1024;

export class ArchiveError extends Error {}

interface Entry {
	name: string;
	method: number;
	compressedSize: number;
	headerOffset: number;
}

/** Throws ArchiveError when `bytes` is not a zip archive or expands past `limit` bytes. */
export async function checkArchive(bytes: Uint8Array, limit = MAX_EXPANDED_BYTES): Promise<void> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let total = 0;
	for (const entry of entries(view)) {
		const header = entry.headerOffset;
		if (header + 30 > bytes.length || view.getUint32(header, true) !== 0x04034b50) throw new ArchiveError('the file is damaged: a zip entry is missing');
		const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
		const data = bytes.subarray(start, start + entry.compressedSize);
		if (entry.method === 0) total += data.length;
		else if (entry.method === 8) total += await inflatedSize(data, limit - total, limit);
		else throw new ArchiveError(`the file uses a zip compression (method ${entry.method}) Word does not write`);
		if (total > limit) throw tooLarge(limit);
	}
}

/** Inflates `data` counting bytes and keeping none; stops as soon as the count passes `budget`. */
function inflatedSize(data: Uint8Array, budget: number, limit: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const inflate = createInflateRaw();
		let size = 0;
		let done = false;
		const finish = (error: Error | undefined) => {
			if (done) return;
			done = true;
			inflate.destroy();
			if (error) reject(error);
			else resolve(size);
		};
		inflate.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > budget) finish(tooLarge(limit));
		});
		inflate.on('end', () => finish(undefined));
		inflate.on('error', (error) => finish(new ArchiveError(`the file is damaged: ${error.message}`)));
		inflate.end(data);
	});
}

function tooLarge(limit: number): ArchiveError {
	return new ArchiveError(`the document expands to more than ${Math.round(limit / 1024 / 1024)} MB when unpacked; it is refused (a damaged file or a zip bomb, not a job description)`);
}

/** The central directory's entries. */
function* entries(view: DataView): Generator<Entry> {
	const end = findEndOfDirectory(view);
	const count = view.getUint16(end + 10, true);
	let offset = view.getUint32(end + 16, true);
	if (count === 0xffff || offset === 0xffffffff) throw new ArchiveError('the file is a zip64 archive, which Word does not write');
	for (let i = 0; i < count; i++) {
		if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) throw new ArchiveError('the file is damaged: its zip directory is cut short');
		const nameLength = view.getUint16(offset + 28, true);
		const name = new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + offset + 46, Math.min(nameLength, view.byteLength - offset - 46)));
		yield {
			name,
			method: view.getUint16(offset + 10, true),
			compressedSize: view.getUint32(offset + 20, true),
			headerOffset: view.getUint32(offset + 42, true),
		};
		offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
	}
}

function findEndOfDirectory(view: DataView): number {
	const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
	for (let i = view.byteLength - 22; i >= lowest; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
	throw new ArchiveError('the file is not a Word document (.docx files are zip archives, and this is not one)');
}
