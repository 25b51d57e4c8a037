import type { APIRoute, GetStaticPaths } from 'astro';
import { chartedDepartments, departmentChart } from '../../../chart/charts.ts';
import type { Department } from '../../../model/index.ts';
import { getSiteContext } from '../../../site/context.ts';

export const getStaticPaths = (() => chartedDepartments(getSiteContext().organization).map((department) => ({ params: { id: department.id }, props: { department } }))) satisfies GetStaticPaths;

/** A department's chart as a file: every role in it, where the page may fold deep levels into counts. */
export const GET: APIRoute<{ department: Department }> = ({ props }) => {
	const view = departmentChart(getSiteContext(), props.department, { inline: false });
	return new Response(view?.svg ?? '', { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
