import { ID_PATTERN, type RoleData } from '../../schemas/index.ts';
import { isBuilt } from './publication.ts';
import type { Reporter } from './reporter.ts';
import type { PathSegment } from './source-file.ts';
import { didYouMean } from './suggest.ts';
import { findUnsafeLinks, findWikiLinks } from './text-links.ts';
import { allEntries, type Entry, type ValidatedContent } from './validate-entities.ts';

/**
 * How much a reference to a draft or retired role matters: `required` for reporting
 * lines and workflow steps (an error: the published page would point at nothing),
 * `visible` for links and mentions (a warning: they render as plain text), `any` where
 * status does not matter (people, `subordinates`).
 */
type StatusRule = 'required' | 'visible' | 'any';

type AnyEntry = Entry<unknown>;

/** Checks every reference between entities and every `[[link]]` in prose. */
export function checkReferences(content: ValidatedContent, reporter: Reporter): void {
	const { departments, roles, workflows, people } = allEntries(content);
	const roleStatus = new Map<string, RoleData['status'] | undefined>();
	for (const role of roles) roleStatus.set(role.id, role.data.status);
	for (const id of content.unreadable.role) roleStatus.set(id, undefined);
	const departmentIds = new Set([...departments.map((d) => d.id), ...content.unreadable.department]);
	// A role whose status could not be read is taken as built: it is reported already.
	const built = (status: RoleData['status'] | undefined) => status === undefined || isBuilt(status, content.site);

	const department = (from: AnyEntry, path: PathSegment[], id: string | undefined) => {
		if (id === undefined || departmentIds.has(id) || content.unlisted.has('department')) return;
		reporter.error('unknown-reference', from.source.locate(path), `unknown department "${id}"${didYouMean(id, departmentIds)}`);
	};

	const role = (from: AnyEntry, path: PathSegment[], id: string | undefined, rule: StatusRule, fromBuilt = true) => {
		if (id === undefined) return;
		if (!roleStatus.has(id)) {
			if (content.unlisted.has('role')) return;
			reporter.error('unknown-reference', from.source.locate(path), `unknown role "${id}"${didYouMean(id, roleStatus.keys())}`);
			return;
		}
		const status = roleStatus.get(id);
		if (status === undefined || status === 'published' || rule === 'any' || !fromBuilt) return;
		if (rule === 'required') {
			reporter.error('unpublished-reference', from.source.locate(path), `"${id}" is a ${status} role; a published page cannot depend on it`);
		} else if (!built(status)) {
			reporter.warning('unpublished-reference', from.source.locate(path), `"${id}" is a ${status} role and is not published; the link shows as plain text`);
		}
	};

	/** Workflow steps, `promotes_to` and relationships: an id-shaped string is a reference, anything else free text. */
	const roleOrText = (from: AnyEntry, path: PathSegment[], value: string, rule: StatusRule, fromBuilt = true) => {
		if (value.startsWith('department:')) department(from, path, value.slice('department:'.length));
		else if (ID_PATTERN.test(value)) role(from, path, value, rule, fromBuilt);
	};

	/** A role named in its own `dotted_line_to` or `promotes_to`. */
	const itself = (entry: AnyEntry, path: PathSegment[], ids: readonly string[] | undefined, what: string) => {
		ids?.forEach((id, i) => {
			if (id === entry.id) reporter.error('invalid-value', entry.source.locate([...path, i]), `"${id}" names the role itself; a role cannot ${what}`);
		});
	};

	for (const entry of departments) {
		department(entry, ['parent'], entry.data.parent);
		role(entry, ['reports_to'], entry.data.reports_to, 'visible');
		role(entry, ['head'], entry.data.head, 'visible');
	}

	for (const entry of roles) {
		const { data } = entry;
		const published = data.status === 'published';
		const fromBuilt = built(data.status);
		department(entry, ['department'], data.department);
		role(entry, ['reports_to'], data.reports_to, published ? 'required' : 'visible', fromBuilt);
		data.dotted_line_to?.forEach((id, i) => role(entry, ['dotted_line_to', i], id, 'visible', fromBuilt));
		itself(entry, ['dotted_line_to'], data.dotted_line_to, 'have a dotted line to itself');
		itself(entry, ['career', 'promotes_to'], data.career?.promotes_to, 'be promoted to itself');
		data.subordinates?.forEach((id, i) => role(entry, ['subordinates', i], id, 'any'));
		data.career?.promotes_to?.forEach((value, i) => roleOrText(entry, ['career', 'promotes_to', i], value, 'visible', fromBuilt));
		data.relationships?.internal?.forEach((item, i) => {
			const value = typeof item === 'string' ? item : item.with;
			roleOrText(entry, typeof item === 'string' ? ['relationships', 'internal', i] : ['relationships', 'internal', i, 'with'], value, 'visible', fromBuilt);
		});
	}

	for (const entry of workflows) {
		department(entry, ['department'], entry.data.department);
		entry.data.steps?.forEach((step, i) => {
			if (typeof step === 'string') roleOrText(entry, ['steps', i], step, 'required');
			else if ('role' in step) {
				roleOrText(entry, ['steps', i, 'role'], step.role, 'required');
				step.or?.forEach((id, j) => role(entry, ['steps', i, 'or', j], id, 'required'));
			}
		});
	}

	for (const entry of people) {
		entry.data.roles?.forEach((id, i) => role(entry, ['roles', i], id, 'any'));
		entry.data.signed?.forEach((signature, i) => role(entry, ['signed', i, 'role'], signature.role, 'any'));
	}

	// A text repeated across files (a standard note, a shared duty) is parsed for links once.
	const unsafeLinks = new Map<string, ReturnType<typeof findUnsafeLinks>>();
	const unsafeLinksIn = (text: string) => {
		let found = unsafeLinks.get(text);
		if (!found) unsafeLinks.set(text, (found = findUnsafeLinks(text)));
		return found;
	};
	const prose: AnyEntry[] = [...departments, ...roles, ...workflows, ...people, ...content.duplicates];
	if (content.siteEntry) prose.push(content.siteEntry);
	for (const entry of prose) {
		const fromBuilt = built((entry.data as Partial<RoleData>).status);
		forEachString(entry.raw, [], (text, path) => {
			// Most prose has no link at all; the scans below are for the text that does.
			if (!text.includes('[[') && !text.includes('](') && !text.includes('<') && !text.includes(']:')) return;
			for (const link of findWikiLinks(text)) {
				const at = () => entry.source.locateInScalar(path, link.source);
				if (!ID_PATTERN.test(link.id)) {
					reporter.error('broken-link', at(), `${link.source} does not name an id; write [[role-id]], [[role-id|label]] or [[department:id]]`);
				} else if (content.unlisted.has(link.kind)) {
					continue;
				} else if (link.kind === 'department' && !departmentIds.has(link.id)) {
					reporter.error('broken-link', at(), `${link.source} links to unknown department "${link.id}"${didYouMean(link.id, departmentIds)}`);
				} else if (link.kind === 'role' && !roleStatus.has(link.id)) {
					reporter.error('broken-link', at(), `${link.source} links to unknown role "${link.id}"${didYouMean(link.id, roleStatus.keys())}`);
				} else if (link.kind === 'role' && fromBuilt && !built(roleStatus.get(link.id))) {
					reporter.warning('unpublished-reference', at(), `${link.source} links to a ${roleStatus.get(link.id)} role that is not published; it shows as plain text`);
				}
			}
			// A Markdown link, autolink or definition needs one of these; `[[links]]` alone need no parser.
			if (!text.includes('](') && !text.includes('<') && !text.includes(']:')) return;
			for (const { written } of unsafeLinksIn(text)) {
				reporter.warning('unsafe-link', entry.source.locateInScalar(path, written), `link "${written}" is not http, https, mailto or relative; it is shown as text`);
			}
		});
	}
}

/**
 * Calls `visit` with every string in the data and the path to it. The path is one array,
 * changed as the walk goes on (every string of ten thousand files would otherwise get a
 * copy): it is valid during the call only.
 */
function forEachString(value: unknown, path: PathSegment[], visit: (text: string, path: readonly PathSegment[]) => void): void {
	if (typeof value === 'string') {
		visit(value, path);
	} else if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			path.push(i);
			forEachString(value[i], path, visit);
			path.pop();
		}
	} else if (value && typeof value === 'object') {
		for (const key of Object.keys(value)) {
			path.push(key);
			forEachString((value as Record<string, unknown>)[key], path, visit);
			path.pop();
		}
	}
}
