/**
 * The components a site may replace with its own, Starlight-style:
 * `rolebook({ components: { RoleHeader: './src/components/RoleHeader.astro' } })`. Each
 * name maps to Rolebook's own file (relative to the package); every import of that file
 * in Rolebook resolves to the replacement instead. The replacement receives the same props
 * and may import the original from `rolebook/components/…` to wrap it.
 */
export const REPLACEABLE_COMPONENTS = {
	SiteHeader: { file: 'src/components/SiteHeader.astro', shows: 'the header of every page: logo, organisation name, navigation, search box', props: '`section` (the current navigation entry)' },
	SiteFooter: { file: 'src/components/SiteFooter.astro', shows: 'the footer of every page', props: 'none' },
	SiteHead: { file: 'src/components/SiteHead.astro', shows: 'the `<head>` of every page and sheet: title, description, stylesheets', props: '`title`, `description`; a default slot for more head elements' },
	RoleHeader: { file: 'src/components/role/RoleHeader.astro', shows: 'the top of a role page, laid out like the paper form: title, code, department, grade, superior, headcount, version', props: '`role`' },
	ReportingChain: { file: 'src/components/role/ReportingChain.astro', shows: "the role's reporting line, from the top of the tree down", props: '`role`' },
	DutyList: { file: 'src/components/role/DutyList.astro', shows: 'duties (and authorities) as nested groups with weights', props: '`entries`, `depth`' },
	AuthoritiesSection: { file: 'src/components/role/AuthoritiesSection.astro', shows: "the role's authorities, by category and kind", props: '`role`' },
	RelationshipsSection: { file: 'src/components/role/RelationshipsSection.astro', shows: 'internal and external working relationships', props: '`role`' },
	KpisSection: { file: 'src/components/role/KpisSection.astro', shows: 'the KPIs table', props: '`role`' },
	RoleWorkflowsSection: { file: 'src/components/role/RoleWorkflowsSection.astro', shows: 'the workflows the role acts in', props: '`role`' },
	RevisionsSection: { file: 'src/components/role/RevisionsSection.astro', shows: 'the revision history', props: '`role`' },
	ConfirmationSheet: { file: 'src/components/confirm/ConfirmationSheet.astro', shows: 'one printable confirmation sheet (岗位职责确认书)', props: '`sheet`, `name`, `filledIn`' },
} as const;

export type ReplaceableComponent = keyof typeof REPLACEABLE_COMPONENTS;

/** The README's table of replaceable components, kept in step by a test. */
export function renderComponentTable(): string {
	const rows = Object.entries(REPLACEABLE_COMPONENTS).map(([name, { file, shows, props }]) => `| \`${name}\` | ${shows} | ${props} | \`rolebook/${file.replace(/^src\//, '')}\` |`);
	return ['| name | what it shows | props | the original, to wrap |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
