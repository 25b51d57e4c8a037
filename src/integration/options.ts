import { z } from 'zod';
import { REPLACEABLE_COMPONENTS } from './components.ts';

type ComponentName = keyof typeof REPLACEABLE_COMPONENTS;
const componentNames = Object.keys(REPLACEABLE_COMPONENTS) as ComponentName[];

/** What `rolebook({ … })` accepts in `astro.config.mjs`. Paths are relative to the project root. */
export const RolebookOptionsSchema = z.strictObject({
	/** The content folder. `CONTENT_DIR`, when set, overrides it (for one-off runs from the command line). */
	content: z.string().min(1).default('./content'),
	/** Stylesheets added to every page after Rolebook's own, in order. */
	customCss: z.array(z.string().min(1)).default([]),
	/**
	 * Load people even when `publish.people` is false: only for a build that is printed and
	 * thrown away (the re-sign sheets of `rolebook pdf --resign`), never for one that is published.
	 */
	printPeople: z.boolean().default(false),
	/** Your own components in place of Rolebook's, by name (see REPLACEABLE_COMPONENTS). */
	components: z.strictObject(Object.fromEntries(componentNames.map((name) => [name, z.string().min(1).optional()])) as Record<ComponentName, z.ZodOptional<z.ZodString>>).default({}),
});

export type RolebookUserOptions = z.input<typeof RolebookOptionsSchema>;
export type RolebookOptions = z.output<typeof RolebookOptionsSchema>;

/** Validates the options, or throws one message that names every wrong option. */
export function parseOptions(input: unknown): RolebookOptions {
	const result = RolebookOptionsSchema.safeParse(input ?? {});
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => `  - ${describeIssue(issue)}`);
	return fail(problems);
}

function fail(problems: string[]): never {
	throw new Error(`Invalid options for rolebook() in astro.config.mjs:\n${problems.join('\n')}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
	const option = issue.path.map(String).join('.');
	if (issue.code === 'unrecognized_keys') {
		const where = option ? `${option}.` : '';
		const known = option === 'components' ? componentNames : Object.keys(RolebookOptionsSchema.shape);
		return `unknown option ${issue.keys.map((key) => `"${where}${key}"`).join(', ')}; ${option === 'components' ? 'the components that can be replaced are' : 'the options are'} ${known.join(', ')}`;
	}
	return `"${option || '(options)'}": ${issue.message}`;
}
