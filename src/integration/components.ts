/**
 * The components a site may replace with its own, Starlight-style:
 * `rolebook({ components: { RoleHeader: './src/MyRoleHeader.astro' } })`. Each name maps
 * to Rolebook's own file (relative to the package); every import of that file, anywhere
 * in Rolebook, gets the replacement instead. The replacement receives the same props and
 * may itself import the original from `rolebook/components/…` to wrap it.
 */
export const REPLACEABLE_COMPONENTS = {
	// Role page sections, top to bottom.
	RoleHeader: 'src/components/role/RoleHeader.astro',
	ReportingChain: 'src/components/role/ReportingChain.astro',
	DutyList: 'src/components/role/DutyList.astro',
	KpisSection: 'src/components/role/KpisSection.astro',
	AuthoritiesSection: 'src/components/role/AuthoritiesSection.astro',
	RelationshipsSection: 'src/components/role/RelationshipsSection.astro',
	RoleWorkflowsSection: 'src/components/role/RoleWorkflowsSection.astro',
	RevisionsSection: 'src/components/role/RevisionsSection.astro',
	// Every page.
	SiteHead: 'src/components/SiteHead.astro',
	// The printable confirmation sheet.
	ConfirmationSheet: 'src/components/confirm/ConfirmationSheet.astro',
} as const;

export type ReplaceableComponent = keyof typeof REPLACEABLE_COMPONENTS;
