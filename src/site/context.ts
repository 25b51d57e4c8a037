import { site } from 'virtual:rolebook/site';
import { loadedSite } from './loaded-sites.ts';
import { createSiteContext, type SiteContext } from './site-context.ts';

export type { SiteContext } from './site-context.ts';

/**
 * What every page and component reads: the organisation the site's `rolebook()`
 * integration loaded, its translations, URLs and prose. The integration reloads it when
 * content changes under `astro dev`; this always returns the current one.
 */
export function getSiteContext(): SiteContext {
	return createSiteContext(loadedSite(site.key));
}
