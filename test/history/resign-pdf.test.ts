import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main as resignPdf } from '../../src/pdf/resign-pdf.ts';
import { loadWithHistory } from '../../src/history/index.ts';
import { pdfText, squeeze } from '../confirm/support/pdf.ts';
import { ContentRepository } from './support.ts';

/** Re-sign sheets of a repository where Bo's signature is outdated and Ann has not signed; people are not published. */
const repo = new ContentRepository();
const out = mkdtempSync(path.join(tmpdir(), 'rolebook-resign-'));
let output = '';
let status: number;

beforeAll(async () => {
	repo.edit('site.yaml', 'people: true', 'people: false');
	repo.commit('2024-01-10', 'Agent role');
	const { organization } = loadWithHistory(repo.content, { cacheDir: repo.cacheDir });
	const first = organization.versionsOf(organization.role('support-agent')!).at(-1)!.fingerprint;
	repo.write('people/bo.yaml', `name: Bo Chen\nroles: [support-agent]\nsigned:\n  - { role: support-agent, fingerprint: ${first}, date: 2024-02-01 }\n`);
	repo.commit('2024-02-01', 'Bo signed');
	repo.edit('roles/support-agent.yaml', 'Issue refunds up to 200 euros', 'Issue refunds up to 500 euros');
	repo.commit('2024-05-02', 'Refund limit');
	const log = vi.spyOn(console, 'log').mockImplementation((...args) => void (output += `${args.join(' ')}\n`));
	try {
		status = await resignPdf(['--resign', '--content', repo.content, '--out', out]);
	} finally {
		log.mockRestore();
	}
}, 300_000);

afterAll(() => {
	rmSync(repo.dir, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
});

describe('npm run pdf -- --resign', () => {
	test('prints a named sheet for each person who must sign again, even when people are not published', () => {
		expect(status).toBe(0);
		expect(readdirSync(out).sort()).toEqual(['sales', 'support']);
		expect(readdirSync(path.join(out, 'support'))).toEqual(['support-agent--bo.pdf']);
		expect(readdirSync(path.join(out, 'sales'))).toEqual(['account-manager--ann.pdf']);
		expect(output).toContain('2 sheets to sign again');
	});

	test("an outdated sheet ends with the changes since the person's signature: exactly the changed duty, by its number", () => {
		const text = pdfText(path.join(out, 'support', 'support-agent--bo.pdf'));
		expect(squeeze(text)).toContain(squeeze('Bo Chen'));
		expect(squeeze(text)).toContain(squeeze('2.2 Issue refunds up to 500 euros'));
		const annex = text.slice(text.indexOf('Changes since your signature of 1 February 2024'));
		expect(annex).not.toBe('');
		expect(squeeze(annex)).toContain(squeeze('1.2.2 Changed Issue refunds up to 200500 euros'));
		expect(squeeze(annex)).not.toContain('Answer');
	});

	test('an unsigned sheet has no annex', () => {
		expect(pdfText(path.join(out, 'sales', 'account-manager--ann.pdf'))).not.toContain('Changes since');
		expect(existsSync(path.join(out, 'support', 'support-agent--ann.pdf'))).toBe(false);
	});
});
