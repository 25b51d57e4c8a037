import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/import/spreadsheet-command.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** `npm run import` as a separate process: slow, for testing the command line itself. */
export function runImportProcess(args: string[]) {
	const result = spawnSync(process.execPath, ['src/cli/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trimEnd().split('\n') };
}

/** The spreadsheet import in this process, its printed lines captured. */
export async function runImport(args: string[]) {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(' ')));
	const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')));
	let status: number;
	try {
		status = await main(args);
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
	const text = stdout.join('\n');
	return { status, stdout: text, stderr: stderr.join('\n'), lines: text.split('\n') };
}

/**
 * An organisation whose two departments each have a role titled 经理, for rosters to
 * be matched against; and one person already on file, written by hand with a comment.
 */
export function rosterContent(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-roster-'));
	for (const folder of ['departments', 'roles', 'people']) mkdirSync(path.join(dir, folder));
	writeFileSync(path.join(dir, 'site.yaml'), 'organization: 金山宏业\nlocale: zh-CN\npublish: { people: true }\n');
	writeFileSync(path.join(dir, 'departments', 'sales.yaml'), 'name: 销售部\ncode: D-S\n');
	writeFileSync(path.join(dir, 'departments', 'support.yaml'), 'name: 客服部\n');
	const roles: [string, string][] = [
		['gm', 'title: 总经理\ndepartment: sales\ncode: GM-01\nheadcount: 1\n'],
		['sales-manager', 'title: 经理\ndepartment: sales\ncode: S-01\nreports_to: gm\nheadcount: 1\n'],
		['support-manager', 'title: 经理\ndepartment: support\ncode: C-01\nreports_to: gm\nheadcount: 1\n'],
		['agent', 'title: 客服专员\ndepartment: support\ncode: C-02\nreports_to: support-manager\nheadcount: 4\n'],
	];
	for (const [id, text] of roles) writeFileSync(path.join(dir, 'roles', `${id}.yaml`), text);
	writeFileSync(path.join(dir, 'people', 'zhou-min.yaml'), '# Hired from the 2019 campus intake.\nname: 周敏\nroles: [agent]  # moved from sales in 2021\nsince: 2019-07-01\n');
	return dir;
}

/**
 * Text as GB18030 bytes (what Chinese Excel writes for "CSV"). Node decodes GB18030
 * but cannot encode it, so the two-byte table is read back through the decoder.
 */
export function encodeGb18030(text: string): Uint8Array {
	const table = new Map<string, [number, number]>();
	const decoder = new TextDecoder('gb18030');
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const char = decoder.decode(new Uint8Array([lead, trail]));
			if (!table.has(char)) table.set(char, [lead, trail]);
		}
	}
	const bytes: number[] = [];
	for (const char of text) {
		if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
		else {
			const pair = table.get(char);
			if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
			bytes.push(...pair);
		}
	}
	return new Uint8Array(bytes);
}
