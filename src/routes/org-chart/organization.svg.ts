import type { APIRoute } from 'astro';
import { fullOrganizationSvg } from '../../chart/charts.ts';
import { getSiteContext } from '../../site/context.ts';

/** Every role of the organisation in one chart, to download or print as a poster. */
export const GET: APIRoute = () => new Response(fullOrganizationSvg(getSiteContext()), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
