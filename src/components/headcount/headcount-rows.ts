import type { Department, Organization, Staffing } from '../../model/index.ts';

/** A line of the headcount table or chart: a department's own roles, or its total with sub-departments. */
export interface HeadcountLine {
	department: Department;
	/** 0 for a top department. */
	depth: number;
	kind: 'own' | 'total';
	staffing: Staffing;
}

/**
 * The table's lines, top down: each department's own roles, and after its
 * sub-departments a subtotal including them — how HR lays out a budget. Numbers come
 * from the model's staffing; this only orders them.
 */
export function tableLines(organization: Organization): HeadcountLine[] {
	const lines: HeadcountLine[] = [];
	const visit = (department: Department, depth: number) => {
		lines.push({ department, depth, kind: 'own', staffing: department.staffing.own });
		for (const child of department.children) visit(child, depth + 1);
		if (department.children.length) lines.push({ department, depth, kind: 'total', staffing: department.staffing.total });
	};
	for (const department of organization.topDepartments) visit(department, 0);
	return lines;
}

/** The chart's lines: one per department, with its sub-departments included. */
export function chartLines(organization: Organization): HeadcountLine[] {
	return tableLines(organization)
		.filter((line) => line.kind === 'own')
		.map((line) => ({ ...line, kind: 'total' as const, staffing: line.department.staffing.total }));
}

/**
 * A bar's three segments, in posts: budgeted posts that are filled, budgeted posts that
 * are vacant, and people beyond the budget (over headcount, or in roles without one).
 * `filled` + `vacant` is the budget.
 */
export function barSegments(staffing: Staffing): { filled: number; vacant: number; beyond: number } {
	if (staffing.filled === undefined || staffing.vacant === undefined) return { filled: 0, vacant: staffing.budgeted, beyond: 0 };
	const filled = staffing.budgeted - staffing.vacant;
	return { filled, vacant: staffing.vacant, beyond: Math.max(0, staffing.filled - filled) };
}
