import type { z } from 'zod';
import { ID_PATTERN } from '../../schemas/common.ts';
import type { RuleId } from './diagnostics.ts';
import type { PathSegment } from './source-file.ts';
import { closestMatch, didYouMean } from './suggest.ts';

export interface SchemaProblem {
	rule: RuleId;
	message: string;
	path: PathSegment[];
	/** Whether the problem is the key itself (unknown keys) or its value. */
	target: 'key' | 'value';
	/** For an unknown key, the known key it most likely meant. */
	hint?: string | undefined;
}

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * Turns zod issues into problems an HR author can act on: one per unknown key with a
 * hint, a plain-words type mismatch, and for unions (a duty is text, an item or a
 * group) only the branch the author evidently meant, instead of zod's every-branch list.
 */
export function schemaProblems(schema: AnySchema, issues: readonly Issue[], data: unknown): SchemaProblem[] {
	const problems: SchemaProblem[] = [];
	collect(schema, issues, [], data, problems);
	// "titel" with a "did you mean title" hint already says that "title" is missing.
	const hinted = new Set(problems.filter((p) => p.hint !== undefined).map((p) => JSON.stringify([...p.path.slice(0, -1), p.hint])));
	return problems.filter((p) => p.rule !== 'missing-key' || !hinted.has(JSON.stringify(p.path)));
}

function collect(schema: AnySchema, issues: readonly Issue[], base: PathSegment[], data: unknown, out: SchemaProblem[]): void {
	for (const issue of issues) {
		const path = [...base, ...(issue.path as PathSegment[])];
		const value = valueAt(data, path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const known = objectKeysAt(schema, issue.path as PathSegment[]);
				for (const key of issue.keys) {
					const hint = closestMatch(key, known);
					out.push({ rule: 'unknown-key', target: 'key', path: [...path, key], hint, message: `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''}` });
				}
				break;
			}
			case 'invalid_union': {
				const union = schemaAt(schema, issue.path as PathSegment[]);
				const options = union ? (union._zod.def as { options?: AnySchema[] }).options : undefined;
				const branches = issue.errors.map((branchIssues, index) => ({ branchIssues, option: options?.[index] }));
				// A branch whose very root has the wrong type is one the author did not mean.
				const meant = branches.filter(({ branchIssues }) => !branchIssues.some((i) => i.code === 'invalid_type' && i.path.length === 0));
				if (meant.length === 0) {
					const expected = [...new Set(branches.flatMap(({ branchIssues }) => branchIssues.map((i) => (i.code === 'invalid_type' ? describeExpected(i.expected) : ''))))].filter(Boolean);
					out.push({ rule: 'wrong-type', target: 'value', path, message: `${name(path)} must be ${joinOr(expected)}, not ${describeValue(value)}` });
					break;
				}
				const best = meant.reduce((a, b) => (b.branchIssues.length < a.branchIssues.length ? b : a));
				collect(best.option ?? schema, best.branchIssues, path, data, out);
				break;
			}
			case 'invalid_type': {
				if (value === undefined) {
					const key = path.at(-1);
					out.push({ rule: 'missing-key', target: 'value', path, message: `missing required key "${String(key)}"` });
				} else {
					out.push({ rule: 'wrong-type', target: 'value', path, message: `${name(path)} must be ${describeExpected(issue.expected)}, not ${describeValue(value)}` });
				}
				break;
			}
			case 'invalid_value': {
				const allowed = issue.values.map(String);
				const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
				out.push({ rule: 'invalid-value', target: 'value', path, message: `${name(path)} must be one of ${allowed.join(', ')}; got ${describeValue(value)}${hint}` });
				break;
			}
			case 'invalid_format': {
				const isId = issue.format === 'regex' && (issue as { pattern?: string }).pattern === String(ID_PATTERN);
				out.push({ rule: isId ? 'invalid-id' : 'invalid-value', target: 'value', path, message: `${name(path)} ${issue.message}; got ${describeValue(value)}` });
				break;
			}
			case 'too_small':
			case 'too_big': {
				const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
				const words = issue.code === 'too_small' ? 'at least' : 'at most';
				const message = issue.origin === 'array' ? `${name(path)} ${issue.message}` : `${name(path)} must be ${words} ${String(bound)}, not ${describeValue(value)}`;
				out.push({ rule: 'invalid-value', target: 'value', path, message });
				break;
			}
			default:
				out.push({ rule: 'invalid-value', target: 'value', path, message: `${name(path)} ${issue.message}; got ${describeValue(value)}` });
		}
	}
}

/** `duties[2].text`, the way an author would point at it. */
export function name(path: readonly PathSegment[]): string {
	if (path.length === 0) return 'the file';
	return `"${path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('')}"`;
}

function describeExpected(expected: string): string {
	switch (expected) {
		case 'string':
			return 'text';
		case 'number':
			return 'a number';
		case 'int':
			return 'a whole number';
		case 'boolean':
			return 'true or false';
		case 'array':
			return 'a list';
		case 'object':
			return 'a mapping (key: value lines)';
		default:
			return expected;
	}
}

export function describeValue(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (typeof value === 'boolean') return String(value);
	if (typeof value === 'number') return `the number ${value}`;
	return String(value);
}

function joinOr(words: string[]): string {
	return words.length <= 1 ? (words[0] ?? 'something else') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PathSegment, unknown>)[segment];
	}
	return value;
}

/** The schema that validates the value at `path`, looking through optional, default, lazy and pipe wrappers. */
function schemaAt(schema: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
	let current: AnySchema | undefined = unwrap(schema);
	for (const segment of path) {
		if (!current) return undefined;
		const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
		if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
		else if (def.type === 'array' && typeof segment === 'number') current = def.element;
		else return undefined;
		current = current && unwrap(current);
	}
	return current;
}

function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (;;) {
		const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; getter?: () => AnySchema };
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else if (def.type === 'lazy' && def.getter) current = def.getter();
		else return current;
	}
}

function objectKeysAt(schema: AnySchema, path: readonly PathSegment[]): string[] {
	const target = schemaAt(schema, path);
	const shape = target && (target._zod.def as { shape?: Record<string, unknown> }).shape;
	return shape ? Object.keys(shape) : [];
}
