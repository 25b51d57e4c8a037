/**
 * The floor the full build is compared with: the same YAML loaded with the same schemas
 * (the one model, the same way), and the same role pages written with template strings, nothing else.
 * `node bench/floor.ts CONTENT_DIR OUT_DIR`
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DutyEntry } from '../schemas/index.ts';
import { loadOrganizationInParallel, ParsedFileStore, type Role } from '../src/model/index.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>` : '');

function duties(entries: readonly DutyEntry[]): string {
	return `<ol>${entries.map((entry) => (typeof entry === 'string' ? `<li>${escape(entry)}</li>` : 'group' in entry ? `<li><h3>${escape(entry.group)}</h3>${duties(entry.items)}</li>` : `<li>${escape(entry.text)}</li>`)).join('')}</ol>`;
}

function rolePage(role: Role): string {
	const { data } = role;
	const link = (r: Role) => `<a href="/roles/${r.id}/">${escape(r.title)}</a>`;
	const q = data.qualifications ?? {};
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(role.title)}</title></head><body>
<nav>${role.reportingChain.map(link).join(' › ')}</nav><h1>${escape(role.title)}</h1>
<dl><dt>Department</dt><dd>${escape(role.department.name)}</dd><dt>Reports to</dt><dd>${role.superior ? link(role.superior) : '—'}</dd>
<dt>Direct reports</dt><dd>${role.subordinates.map(link).join(', ')}</dd><dt>Headcount</dt><dd>${data.headcount ?? '—'}</dd></dl>
<h2>Summary</h2>${list(data.summary)}<h2>Duties</h2>${duties(data.duties ?? [])}
<h2>Authorities</h2>${list(role.authorities.map((a) => a.text))}
<h2>Qualifications</h2>${Object.values(q).map((items) => list(items as string[])).join('')}
<h2>KPIs</h2>${list((data.kpis ?? []).map((k) => (typeof k === 'string' ? k : k.name)))}
<h2>Revisions</h2>${list((data.revisions ?? []).map((r) => `${r.version ?? ''} ${r.date ?? ''}`))}
</body></html>`;
}

export async function writeFloorSite(contentDir: string, outDir: string): Promise<number> {
	// Loaded the way the build loads it: on every core, unchanged files from the parsed-file store.
	const { organization } = await loadOrganizationInParallel(contentDir, { store: ParsedFileStore.open(contentDir) });
	rmSync(outDir, { recursive: true, force: true });
	for (const role of organization.roles) {
		const dir = path.join(outDir, 'roles', role.id);
		mkdirSync(dir, { recursive: true });
		writeFileSync(path.join(dir, 'index.html'), rolePage(role));
	}
	return organization.roles.length;
}

if (import.meta.main) {
	const [contentDir, outDir] = process.argv.slice(2);
	if (!contentDir || !outDir) {
		console.error('usage: node bench/floor.ts CONTENT_DIR OUT_DIR');
		process.exit(2);
	}
	console.log(`${await writeFloorSite(contentDir, outDir)} role pages`);
}
