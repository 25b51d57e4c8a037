import type { APIRoute } from 'astro';
import { getSiteContext } from '../site/context.ts';
import { organizationJson } from '../site/org-json.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(organizationJson(getSiteContext().organization), null, 2), { headers: { 'Content-Type': 'application/json' } });
