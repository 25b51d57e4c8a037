import type { Role } from '../model/index.ts';

/** Text of every duty, groups flattened, for structured data. */
function dutyTexts(role: Role, plain: (text: string) => string): string[] {
	const texts: string[] = [];
	const walk = (entries: NonNullable<Role['data']['duties']>) => {
		for (const entry of entries) {
			if (typeof entry === 'string') texts.push(plain(entry));
			else if ('group' in entry) walk(entry.items);
			else texts.push(plain(entry.text));
		}
	};
	walk(role.data.duties ?? []);
	return texts;
}

/**
 * schema.org `Occupation` for a role page, its texts as the page shows them (`plain`, so
 * no `[[link]]` id of an unpublished role is carried), serialised so that no string in it can
 * end the `<script>` element that carries it.
 * @see https://schema.org/Occupation
 */
export function occupationJsonLd(role: Role, organization: string, url: string, plain: (text: string) => string): string {
	const { data } = role;
	const q = data.qualifications;
	const join = (list: readonly string[] | undefined) => (list && list.length > 0 ? list.map(plain).join('; ') : undefined);
	const value = {
		'@context': 'https://schema.org',
		'@type': 'Occupation',
		name: role.title,
		url,
		description: join(data.summary),
		occupationalCategory: data.occupation ? [data.occupation.code, data.occupation.label].filter(Boolean).join(' ') || undefined : undefined,
		responsibilities: dutyTexts(role, plain),
		educationRequirements: join(q?.education),
		experienceRequirements: join(q?.experience),
		skills: join([...(q?.skills ?? []), ...(q?.abilities ?? [])]),
		qualifications: join(q?.certifications),
		hiringOrganization: { '@type': 'Organization', name: organization },
	};
	return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
