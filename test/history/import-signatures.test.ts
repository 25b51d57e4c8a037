import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test, vi } from 'vitest';
import { main as signoffs } from '../../src/cli/signoffs.ts';
import { loadOrganization } from '../../src/model/index.ts';
import { fixtureWith } from '../support/fixtures.ts';

vi.setConfig({ testTimeout: 60_000 });

async function run(args: string[]): Promise<{ output: string; status: number }> {
	const lines: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...values) => void lines.push(values.join(' ')));
	const error = vi.spyOn(console, 'error').mockImplementation((...values) => void lines.push(values.join(' ')));
	try {
		return { status: await signoffs(args), output: lines.join('\n') };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

/** The base organisation with Ann's file commented, and the fingerprint of her role's present text. */
function content(): { dir: string; fingerprint: string } {
	const dir = fixtureWith();
	writeFileSync(path.join(dir, 'people', 'ann.yaml'), '# Sales, since the spring\nname: Ann Lee # as on her badge\nroles: [account-manager]\nsince: 2023-03-01\n');
	const { organization } = loadOrganization(dir);
	return { dir, fingerprint: organization.versionsOf(organization.role('account-manager')!).at(-1)!.fingerprint };
}

describe('npm run signoffs -- import', () => {
	test('a CSV with Chinese headers: matched by name and title, appended with comments and key order kept', async () => {
		const { dir, fingerprint } = content();
		const register = path.join(dir, '..', `register-${path.basename(dir)}.csv`);
		writeFileSync(register, `姓名,岗位,文本指纹,签字日期\nAnn Lee,Account Manager,${fingerprint.toUpperCase()},2024/7/1\n`);
		const { status, output } = await run(['import', register, '--content', dir]);
		expect(status).toBe(0);
		expect(output).toContain(`row 2: Ann Lee (ann), account-manager, ${fingerprint}, 2024-07-01`);
		expect(readFileSync(path.join(dir, 'people', 'ann.yaml'), 'utf8')).toBe(
			`# Sales, since the spring\nname: Ann Lee # as on her badge\nroles: [ account-manager ]\nsince: 2023-03-01\nsigned:\n  - { role: account-manager, fingerprint: ${fingerprint}, date: 2024-07-01 }\n`,
		);
		expect(loadOrganization(dir).organization.signOffs.map((s) => s.status)).toEqual(['current']);
		// Imported twice, the row is already recorded and nothing changes.
		expect((await run(['import', register, '--content', dir])).output).toContain('already recorded');
	});

	test('an .xlsx with English headers; an unmatched row is listed and nothing is written; --dry-run writes nothing', async () => {
		const { dir, fingerprint } = content();
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Signed');
		sheet.addRow(['Person', 'Role', 'Fingerprint', 'Date']);
		sheet.addRow(['ann', 'account-manager', fingerprint, new Date(Date.UTC(2024, 6, 1))]);
		sheet.addRow(['zed', 'account-manager', fingerprint, '2024-07-01']);
		const register = path.join(dir, '..', `register-${path.basename(dir)}.xlsx`);
		await workbook.xlsx.writeFile(register);
		const before = readFileSync(path.join(dir, 'people', 'ann.yaml'), 'utf8');
		const failed = await run(['import', register, '--content', dir]);
		expect(failed.status).toBe(1);
		expect(failed.output).toContain('1 row could not be matched; nothing was written:\n  Signed row 3: no person "zed" (by id or name)');
		expect(readFileSync(path.join(dir, 'people', 'ann.yaml'), 'utf8')).toBe(before);
		sheet.spliceRows(3, 1);
		await workbook.xlsx.writeFile(register);
		const dry = await run(['import', register, '--content', dir, '--dry-run']);
		expect(dry.output).toContain(`  - { role: account-manager, fingerprint: ${fingerprint}, date: 2024-07-01 }`);
		expect(dry.output).toContain('dry run: nothing written');
		expect(readFileSync(path.join(dir, 'people', 'ann.yaml'), 'utf8')).toBe(before);
	});
});
