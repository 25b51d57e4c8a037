/**
 * The import report: one HTML page HR reads beside the source to check an import in
 * minutes. Per file, every line of the source stands beside the field it went to,
 * coloured by field; lines placed nowhere are highlighted, page furniture is greyed,
 * and each role's TODOs and CHECKs are listed with a link to its draft file. The page
 * is static (no script); its stylesheet is a file beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportedFile, ImportedRole } from './index.ts';

export interface ReportInput {
	files: readonly ImportedFile[];
	/** Where the report is written: links to drafts are relative to it. */
	reportFile: string;
	/** How a path is shown: relative to where the command ran. */
	show: (file: string) => string;
}

/** Field paths → the colour family they are shown in. */
function familyOf(field: string): string {
	if (field === 'title' || field === 'heading') return 'heading';
	if (['department', 'reports_to', 'code', 'grade', 'subordinates', 'subordinateCount', 'headcount'].includes(field)) return 'header';
	const root = field.split('.')[0]!;
	if (['summary', 'duties', 'authorities', 'qualifications', 'unplaced', 'furniture', 'fragments'].includes(root)) return root;
	return 'other';
}

const LABELS: Record<string, string> = {
	heading: 'heading / title',
	header: 'department, superior, code',
	summary: 'summary',
	duties: 'duties',
	authorities: 'authorities',
	qualifications: 'qualifications',
	other: 'relationships, conditions, routines, KPIs, career, pay, notes',
	fragments: 'letters of vertical headings',
	unplaced: 'not placed: check it',
	furniture: 'page furniture (not content)',
};

export const REPORT_STYLESHEET = `:root{font:15px/1.5 system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;color:#1d2330;background:#fff}
body{margin:0 auto;max-width:1200px;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2.5rem 0 .5rem;border-bottom:2px solid #d8dde6;padding-bottom:.25rem;overflow-wrap:anywhere}
.lede{color:#4a5466;margin:0 0 1rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;list-style:none;margin:1rem 0}
.legend li,.field{display:inline-block;border-radius:4px;padding:.05rem .45rem;font-size:.85rem}
.field{white-space:nowrap}
.roles{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}.roles th,.roles td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e4e7ec;vertical-align:top}
.todo,.check{background:#fff4c2;border-left:4px solid #e0a800;padding:.15rem .5rem;margin:.15rem 0;list-style:none}
.check{background:#e8f0ff;border-left-color:#3a6fd8}
ul.notes{padding:0;margin:0}
.source{border-collapse:collapse;width:100%;table-layout:fixed}
.source td{padding:.2rem .5rem;border-bottom:1px solid #eef0f3;vertical-align:top;overflow-wrap:anywhere}
.source th{text-align:left;padding:.3rem .5rem;border-bottom:2px solid #d8dde6}
.source .n{width:3.5rem;text-align:right;color:#6b7486;font-variant-numeric:tabular-nums}
.source .where{width:16rem}
.source tr.unplaced td{background:#fff1f0}.source tr.unplaced td.n{box-shadow:inset 4px 0 #d93025}
.source tr.furniture td.text{color:#8a93a3;text-decoration:line-through}
.source tr.checked td{background:#eef4ff}
.f-heading{background:#e4e7ec;color:#1d2330}.f-header{background:#e0e3ff;color:#26308a}.f-summary{background:#dcefff;color:#0b4f8a}
.f-duties{background:#dcf5e3;color:#146c2e}.f-authorities{background:#efe1ff;color:#5b2a99}.f-qualifications{background:#ffe8d1;color:#8a4a00}
.f-other{background:#d7f3f1;color:#0d6660}.f-fragments{background:#eceff3;color:#4a5466}.f-unplaced{background:#d93025;color:#fff}.f-furniture{background:#eceff3;color:#6b7486}
.role{color:#4a5466;font-size:.85rem}
.error{color:#b3261e;font-weight:600}
@media (max-width:700px){body{padding:.75rem}.source .where{width:7.5rem}.source .n{width:2.2rem}.roles td:nth-child(2),.roles th:nth-child(2),.roles td:nth-child(3),.roles th:nth-child(3){display:none}}
@media print{.source tr{break-inside:avoid}}`;

/** More lines than anyone reads in a browser: a page of them stays quick to open. */
export const REPORT_LINE_LIMIT = 20_000;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderReport({ files, reportFile, show }: ReportInput, stylesheetHref: string): string {
	const roles = files.reduce((n, file) => n + file.roles.length, 0);
	const todos = files.reduce((n, file) => n + file.roles.reduce((m, role) => m + role.counts.todos, 0), 0);
	const checks = files.reduce((n, file) => n + file.roles.reduce((m, role) => m + role.draft.checks.length, 0), 0);
	const legend = Object.entries(LABELS)
		.map(([family, label]) => `<li class="f-${family}">${escape(label)}</li>`)
		.join('');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Import report — ${roles} draft role${roles === 1 ? '' : 's'}</title>
<link rel="stylesheet" href="${escape(stylesheetHref)}">
</head>
<body>
<h1>Import report</h1>
<p class="lede">${files.length} file${files.length === 1 ? '' : 's'}, ${roles} draft role${roles === 1 ? '' : 's'}, ${todos} TODO${todos === 1 ? '' : 's'}, ${checks} CHECK${checks === 1 ? '' : 's'}. Each line of a source stands beside the field it went to; red lines went nowhere — move what belongs to a role into its draft.</p>
<ul class="legend" aria-label="Fields">${legend}</ul>
${files.map((file) => fileSection(file, reportFile, show)).join('\n')}
</body>
</html>
`;
}

function fileSection(file: ImportedFile, reportFile: string, show: (file: string) => string): string {
	const title = `<h2>${escape(show(file.file))}</h2>`;
	if (file.error) return `${title}<p class="error">Not imported: ${escape(file.error)}</p>`;
	const unit = file.unit ?? 'line';
	const rows = roleRows(file.roles, reportFile, unit);
	const where = placements(file.roles);
	const written = (file.lines ?? []).filter((line) => line.text.trim());
	const shown = written.slice(0, REPORT_LINE_LIMIT);
	const cut = written.length > shown.length ? `<p class="lede">The first ${REPORT_LINE_LIMIT.toLocaleString('en')} of ${written.length.toLocaleString('en')} ${unit}s are shown; the drafts' closing comments list every line not placed.</p>` : '';
	const checkedLines = new Set(file.roles.flatMap((role) => role.draft.checks.map((check) => check.line)));
	const lines = shown
		.map((line) => {
			const placed = where.get(line.number) ?? [];
			const fields = [...new Map(placed.map((p) => [`${p.field}/${p.role}`, p])).values()];
			const families = new Set(fields.map((p) => familyOf(p.field)));
			const checked = checkedLines.has(line.number);
			const rowClass = families.has('unplaced') && families.size === 1 ? 'unplaced' : families.has('furniture') && families.size === 1 ? 'furniture' : checked ? 'checked' : '';
			const badges = fields.map((p) => `<span class="field f-${familyOf(p.field)}">${escape(p.field)}</span> <span class="role">${escape(p.roleTitle)}</span>`).join('<br>');
			return `<tr${rowClass ? ` class="${rowClass}"` : ''} id="${file.roles[0]?.id ?? 'file'}-${unit}-${line.number}"><td class="n">${line.number}</td><td class="text">${escape(line.text)}</td><td class="where">${badges}</td></tr>`;
		})
		.join('\n');
	return `${title}
<table class="roles"><thead><tr><th>Draft role</th><th>${unit === 'paragraph' ? 'Paragraphs' : 'Lines'}</th><th>Duties</th><th>To check</th></tr></thead><tbody>
${rows}
</tbody></table>
<table class="source"><thead><tr><th class="n">${unit === 'paragraph' ? '¶' : 'Line'}</th><th>Source</th><th class="where">Went to</th></tr></thead><tbody>
${lines}
</tbody></table>${cut}`;
}

function roleRows(roles: readonly ImportedRole[], reportFile: string, unit: string): string {
	return roles
		.map((role) => {
			const href = path.relative(path.dirname(reportFile), role.file).split(path.sep).join('/');
			const notes = [
				...(role.department.todo ? [`<li class="todo">TODO department: ${escape(role.department.todo)}</li>`] : []),
				...(role.superior?.todo ? [`<li class="todo">TODO reports_to: ${escape(role.superior.todo)}</li>`] : []),
				...role.draft.checks.map((check) => `<li class="check">CHECK ${unit} ${check.line}: ${escape(check.message)}${check.field === 'title' ? '' : ` — “${escape(check.text)}”`}</li>`),
			];
			const span = role.draft.firstLine === role.draft.lastLine ? `${role.draft.firstLine}` : `${role.draft.firstLine}–${role.draft.lastLine}`;
			const also = role.draft.chapters.map((c) => `, ${c.firstLine}–${c.lastLine}`).join('');
			return `<tr><td><a href="${escape(href)}">${escape(role.title)}</a><br><span class="role">${escape(role.id)}.yaml</span></td><td>${span}${also}</td><td>${role.counts.duties}</td><td>${notes.length ? `<ul class="notes">${notes.join('')}</ul>` : '—'}</td></tr>`;
		})
		.join('\n');
}

function placements(roles: readonly ImportedRole[]): Map<number, { field: string; role: number; roleTitle: string }[]> {
	const out = new Map<number, { field: string; role: number; roleTitle: string }[]>();
	roles.forEach((role, index) => {
		for (const placement of role.draft.placements) {
			const list = out.get(placement.line) ?? [];
			list.push({ field: placement.field, role: index, roleTitle: role.title });
			out.set(placement.line, list);
		}
	});
	return out;
}

/** Writes the report and its stylesheet (FILE.html and FILE.css); returns the report's path. */
export function writeReport(input: ReportInput): string {
	const stylesheet = input.reportFile.replace(/\.html?$/i, '') + '.css';
	mkdirSync(path.dirname(input.reportFile), { recursive: true });
	writeFileSync(stylesheet, REPORT_STYLESHEET);
	writeFileSync(input.reportFile, renderReport(input, path.basename(stylesheet)));
	return input.reportFile;
}
