import { createDateFormatter, createTranslator, type Translate } from '../i18n/translate.ts';
import type { ProseRenderer } from '../markdown/prose.ts';
import type { LoadResult, Organization } from '../model/index.ts';
import { createSiteProse } from './prose.ts';
import { createUrls, type Urls } from './urls.ts';

/** What every view needs, made once per loaded organisation. */
export interface SiteContext {
	organization: Organization;
	/** The whole load result, for the development error overlay. */
	load: LoadResult;
	t: Translate;
	formatDate: (date: string) => string;
	urls: Urls;
	prose: ProseRenderer;
}

const contexts = new WeakMap<LoadResult, SiteContext>();

/** The context for a load result; made once, then the same object for every page. */
export function createSiteContext(load: LoadResult): SiteContext {
	let context = contexts.get(load);
	if (!context) {
		const { organization } = load;
		const urls = createUrls(organization.site.base);
		const prose = createSiteProse(organization, urls);
		context = { organization, load, t: createTranslator(organization.site), formatDate: createDateFormatter(organization.site), urls, prose };
		contexts.set(load, context);
	}
	return context;
}
