import { setUpListFilter } from './list-filter.ts';

/** The authority matrix's filter: by department (its sub-departments included) and by category. */
export function setUpAuthorityFilter(form: HTMLFormElement, matrix: HTMLElement): void {
	const sections = [...matrix.querySelectorAll<HTMLElement>('[data-category]')];
	const total = matrix.querySelectorAll('[data-department-path]').length;
	setUpListFilter({
		form,
		apply: (values) => {
			let shown = 0;
			for (const section of sections) {
				const inCategory = !values['category'] || section.dataset['category'] === values['category'];
				const rows = [...section.querySelectorAll<HTMLElement>('[data-department-path]')];
				for (const row of rows) {
					row.hidden = !inCategory || (!!values['department'] && !row.dataset['departmentPath']!.split(' ').includes(values['department']));
					if (!row.hidden) shown++;
				}
				section.hidden = rows.every((row) => row.hidden);
			}
			return { shown, total };
		},
	});
}
