/** Modules the rolebook() integration generates for the site it is part of. */
declare module 'virtual:rolebook/site' {
	/** Which loaded organisation this site's pages read (see src/site/loaded-sites.ts). */
	export const site: { key: string; contentDir: string };
}

/** The site's own stylesheets (`customCss`), imported after Rolebook's. */
declare module 'virtual:rolebook/custom-css' {}
