/**
 * People files as the roster import writes them: a new file in the order FORMAT.md
 * shows, an existing one edited in place through yaml's Document API so its comments,
 * key order, quoting and flow or block style survive, and only the values that
 * changed are touched.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';

export interface PersonValues {
	id: string;
	name: string;
	roles: string[];
	/** Undefined: keep what the file has. */
	since: string | undefined;
}

export function renderPerson(person: PersonValues, comments: { schemaPath: string; source: string }): string {
	const doc = new Document({ id: person.id, name: person.name, roles: person.roles, ...(person.since ? { since: person.since } : {}) });
	const first = (doc.contents as YAMLMap).items[0]!.key as Scalar;
	first.commentBefore = ` yaml-language-server: $schema=${comments.schemaPath}\n ${comments.source}`;
	return doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
}

/**
 * The file's text with name, roles and since set; the same text when nothing differs.
 * Roles keep their written order; dropped ones go, new ones are appended.
 * Throws when the file is not a YAML mapping.
 */
export function updatePerson(text: string, person: Omit<PersonValues, 'id'>): string {
	const doc = parseDocument(text);
	if (doc.errors.length) throw new Error(doc.errors[0]!.message);
	const map = doc.contents;
	if (!isMap(map)) throw new Error('not a YAML mapping');
	let changed = false;

	const name = doc.get('name', true);
	if (isScalar(name)) {
		if (name.value !== person.name) {
			name.value = person.name;
			changed = true;
		}
	} else {
		doc.set('name', person.name);
		changed = true;
	}

	const roles = doc.get('roles', true);
	const written = isSeq(roles) ? roles.items.map((item) => (isScalar(item) ? String(item.value) : '')) : isScalar(roles) ? [String(roles.value)] : [];
	const wanted = new Set(person.roles);
	if (written.length !== wanted.size || written.some((id) => !wanted.has(id))) {
		if (isSeq(roles)) {
			roles.items = roles.items.filter((item) => isScalar(item) && wanted.has(String(item.value)));
			for (const id of person.roles) if (!written.includes(id)) roles.items.push(new Scalar(id));
		} else {
			const seq = new YAMLSeq();
			seq.items = person.roles.map((id) => new Scalar(id));
			if (isScalar(roles)) doc.set('roles', seq);
			else insertAfter(doc, 'name', 'roles', seq);
		}
		changed = true;
	}

	if (person.since !== undefined) {
		const since = doc.get('since', true);
		if (isScalar(since)) {
			if (String(since.value) !== person.since) {
				since.value = person.since;
				changed = true;
			}
		} else {
			insertAfter(doc, 'roles', 'since', new Scalar(person.since));
			changed = true;
		}
	}
	return changed ? doc.toString({ lineWidth: 0 }) : text;
}

/** Adds a key right after another (else at the end), so a new key lands where FORMAT.md puts it. */
function insertAfter(doc: Document, after: string, key: string, value: unknown): void {
	const map = doc.contents;
	if (!isMap(map)) return;
	const index = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === after);
	const pair = doc.createPair(key, value);
	if (index < 0) map.items.push(pair);
	else map.items.splice(index + 1, 0, pair);
}
