import type { APIRoute } from 'astro';
import { getSiteContext } from '../site/context.ts';
import { organizationJson } from '../site/org-json.ts';

/** `<`, `>` and `&` are escaped (still the same JSON) so the data stays inert if a consumer pastes it into HTML. */
export const GET: APIRoute = () => {
	const json = JSON.stringify(organizationJson(getSiteContext().organization), null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return new Response(json, { headers: { 'Content-Type': 'application/json' } });
};
