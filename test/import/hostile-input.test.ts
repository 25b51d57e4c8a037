/**
 * Files that are not job descriptions, given to the importer as if they were: random
 * bytes named .txt, a program named .md, a zip bomb named .docx, a file too large, a
 * named pipe, and an --out folder that cannot exist. Each is refused with a message
 * naming the file, and nothing else is written.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync, constants as zlib } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { importFiles } from '../../src/import/index.ts';
import { checkArchive, MAX_EXPANDED_BYTES } from '../../src/import/zip-guard.ts';
import { SEEDS } from './support.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function runImport(args: string[], timeout = 60_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['src/cli/import.ts', ...args], { cwd: ROOT });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
		child.on('close', (status) => {
			clearTimeout(timer);
			resolve({ status, stdout, stderr });
		});
	});
}

/** A zip archive of one entry, written by hand: name, raw deflate data, and the size it claims. */
function zipOf(name: string, data: Uint8Array, claimedSize: number): Buffer {
	const nameBytes = Buffer.from(name);
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(20, 4);
	local.writeUInt16LE(8, 8);
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(claimedSize, 22);
	local.writeUInt16LE(nameBytes.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(20, 4);
	central.writeUInt16LE(20, 6);
	central.writeUInt16LE(8, 10);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(claimedSize, 24);
	central.writeUInt16LE(nameBytes.length, 28);
	central.writeUInt32LE(0, 42);
	const directoryOffset = local.length + nameBytes.length + data.length;
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(central.length + nameBytes.length, 12);
	end.writeUInt32LE(directoryOffset, 16);
	return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

/**
 * Raw deflate data that expands to `megabytes` MB of zeros: one fully flushed block of
 * 1 MB, repeated (each flush point starts afresh, so copies concatenate), then an empty final block.
 */
function deflatedZeros(megabytes: number): Buffer {
	const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: zlib.Z_FULL_FLUSH });
	return Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
}

describe('files that are not documents', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'rolebook-hostile-'));
	});
	const importOne = async (file: string) => {
		const result = await importFiles([file], { contentDir: path.join(dir, 'content'), outDir: path.join(dir, 'out') });
		return result.files[0]!;
	};

	test('random bytes named .txt are refused as binary, no role drafted', async () => {
		const file = path.join(dir, 'random.txt');
		writeFileSync(file, randomBytes(64 * 1024));
		const result = await importOne(file);
		expect(result.roles).toEqual([]);
		expect(result.error).toMatch(/^is not a text file: (it holds binary data \(a NUL byte at offset \d+\)|\d+% of it is control characters)/);
	});

	test('random bytes without a NUL byte are refused too', async () => {
		const file = path.join(dir, 'random-no-nul.txt');
		writeFileSync(file, Buffer.from([...randomBytes(8192)].map((byte) => byte || 1)));
		expect((await importOne(file)).error).toMatch(/^is not a text file: \d+% of it is control characters or bytes that are neither UTF-8 nor GB18030$/);
	});

	test('a program renamed .md is named as what it is', async () => {
		const file = path.join(dir, 'node.md');
		copyFileSync('/bin/true', file);
		const result = await importOne(file);
		expect(result.error).toBe('is not a text file: it is a program (an ELF executable)');
		expect(result.roles).toEqual([]);
	});

	test('a Word file renamed .txt is told to take its own extension', async () => {
		const file = path.join(dir, 'word.txt');
		writeFileSync(file, zipOf('word/document.xml', deflateRawSync(Buffer.from('<w:document/>')), 13));
		expect((await importOne(file)).error).toBe('is not a text file: it is a zip archive (a Word .docx file?); give it its own extension');
	});

	test('a zip bomb named .docx (600 KB expanding to 600 MB) is refused before it is unpacked', async () => {
		const file = path.join(dir, 'bomb.docx');
		const data = deflatedZeros(600);
		// It lies about its size, too: the directory claims 1 KB.
		writeFileSync(file, zipOf('word/document.xml', data, 1024));
		expect(data.length).toBeLessThan(1024 * 1024);
		const before = process.memoryUsage().rss;
		const result = await importOne(file);
		expect(result.error).toBe('the document expands to more than 256 MB when unpacked; it is refused (a damaged file or a zip bomb, not a job description)');
		expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
	}, 90_000);

	test('the archive check counts what entries expand to, whatever they claim', async () => {
		const honest = zipOf('word/document.xml', deflatedZeros(2), 2 * 1024 * 1024);
		await expect(checkArchive(honest, 1024 * 1024)).rejects.toThrow('the document expands to more than 1 MB when unpacked');
		await expect(checkArchive(honest, 3 * 1024 * 1024)).resolves.toBeUndefined();
		expect(MAX_EXPANDED_BYTES).toBe(256 * 1024 * 1024);
	});

	test('a file that is not a zip at all, named .docx, says so', async () => {
		const file = path.join(dir, 'plain.docx');
		writeFileSync(file, '岗位名称:客服主管\n');
		expect((await importOne(file)).error).toBe('the file is not a Word document (.docx files are zip archives, and this is not one)');
	});

	test('a text file over 64 MB is refused with its size, not read', async () => {
		const file = path.join(dir, 'huge.txt');
		const fd = openSync(file, 'w');
		ftruncateSync(fd, 65 * 1024 * 1024);
		closeSync(fd);
		expect((await importOne(file)).error).toBe('is 65 MB; the importer reads documents up to 64 MB (split the file)');
	});
});

describe('npm run import with a pipe or an impossible --out', () => {
	test('a named pipe as input is refused at once: only regular files are read', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-fifo-'));
		const fifo = path.join(dir, 'pipe.txt');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		const result = await runImport([fifo, '--out', path.join(dir, 'out')], 30_000);
		expect(result.stderr).toContain(`${fifo}: is a named pipe (FIFO), not a regular file; only regular files are read`);
		expect(result.status).toBe(1);
		expect(existsSync(path.join(dir, 'out'))).toBe(false);
	}, 90_000);

	test('--out under a file: one clear line, no stack trace, nothing written', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-out-'));
		const file = path.join(dir, 'notes.txt');
		writeFileSync(file, 'not a folder\n');
		const result = await runImport([path.relative(ROOT, path.join(SEEDS, 'key-accounts-department.txt')), '--out', path.join(file, 'roles')]);
		expect(result.stderr.trim()).toBe(`--out ${path.join(file, 'roles')}: ${file} is a file, so no folder can be made under it`);
		expect(result.stderr).not.toMatch(/ENOTDIR|\n\s+at /);
		expect(result.status).toBe(2);
		expect(readdirSync(dir)).toEqual(['notes.txt']);
	}, 90_000);

	test('--out naming a file itself', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-out-'));
		const file = path.join(dir, 'roles');
		mkdirSync(path.join(dir, 'unrelated'));
		writeFileSync(file, '');
		const result = await runImport([path.relative(ROOT, path.join(SEEDS, 'key-accounts-department.txt')), '--out', file]);
		expect(result.stderr.trim()).toBe(`--out ${file}: is a file, not a folder`);
		expect(result.status).toBe(2);
	}, 90_000);
});
