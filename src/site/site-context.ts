import { createDateFormatter, createListFormatter, createTranslator, type ListFormatter, type Translate } from '../i18n/translate.ts';
import type { ProseRenderer } from '../markdown/prose.ts';
import type { LoadResult, Organization } from '../model/index.ts';
import { sitePlainTextOf, siteProseOf } from './prose.ts';
import { createUrls, type Urls } from './urls.ts';

/** What every view needs, made once per loaded organisation. */
export interface SiteContext {
	organization: Organization;
	/** The whole load result, for the development error overlay. */
	load: LoadResult;
	t: Translate;
	formatDate: (date: string) => string;
	/** Joins a list as the site's language does (see createListFormatter). */
	formatList: ListFormatter;
	urls: Urls;
	prose: ProseRenderer;
	/** One prose string as the words a reader sees: for meta descriptions and structured data. */
	plain: (text: string) => string;
}

const contexts = new WeakMap<LoadResult, SiteContext>();

/** The context for a load result; made once, then the same object for every page. */
export function createSiteContext(load: LoadResult): SiteContext {
	let context = contexts.get(load);
	if (!context) {
		const { organization } = load;
		const urls = createUrls(organization.site.base);
		const prose = siteProseOf(organization);
		const plain = sitePlainTextOf(organization);
		context = {
			organization,
			load,
			t: createTranslator(organization.site),
			formatDate: createDateFormatter(organization.site),
			formatList: createListFormatter(organization.site),
			urls,
			prose,
			plain,
		};
		contexts.set(load, context);
	}
	return context;
}
