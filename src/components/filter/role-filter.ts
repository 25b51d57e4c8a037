import { normalizeText, setUpListFilter, type FilterValues } from './list-filter.ts';

/**
 * The roles index's filter: by department (its sub-departments included), grade, title or
 * code, and vacancies. A role that does not match but has matching roles under it stays,
 * dimmed, so the tree still shows who they report to.
 */
export function setUpRoleFilter(form: HTMLFormElement, list: HTMLElement): void {
	const sections = [...list.querySelectorAll<HTMLElement>('[data-department-path]')];
	const total = list.querySelectorAll('[data-role-item]').length;
	setUpListFilter({
		form,
		apply: (values) => {
			let shown = 0;
			for (const section of sections) {
				const inDepartment = !values['department'] || section.dataset['departmentPath']!.split(' ').includes(values['department']);
				// Deepest first, so each role knows whether anything under it is shown.
				const items = [...section.querySelectorAll<HTMLElement>('[data-role-item]')].reverse();
				for (const item of items) {
					const itself = inDepartment && matches(item, values);
					const below = [...item.querySelectorAll<HTMLElement>(':scope > ul > [data-role-item]')].some((child) => !child.hidden);
					item.hidden = !itself && !below;
					item.classList.toggle('is-context', !itself && below);
					if (itself) shown++;
				}
				section.hidden = items.every((item) => item.hidden);
			}
			return { shown, total };
		},
	});
}

function matches(item: HTMLElement, values: FilterValues): boolean {
	const { grade = '', vacancies = '0', text = '' } = item.dataset;
	if (values['grade'] && grade !== values['grade']) return false;
	if (values['vacant'] && !(Number(vacancies) > 0)) return false;
	const query = normalizeText(values['q'] ?? '');
	return !query || query.split(' ').every((word) => text.includes(word));
}
