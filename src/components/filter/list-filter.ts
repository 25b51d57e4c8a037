/**
 * What the filters on the roles index and the authority matrix share: a form whose
 * controls narrow a list already on the page, in the browser, with no round trip. The
 * form is `hidden` in the HTML and shown here, so without script the whole list stays and
 * no control promises what it cannot do. The choice is kept in the address
 * (`?department=sales&vacant=1`), so a filtered list can be linked to and survives a reload.
 */

/** The form's values by control name: text as typed, a checkbox as `'1'` or `''`. */
export type FilterValues = Record<string, string>;

export interface ListFilter {
	form: HTMLFormElement;
	/** Called with the current values whenever a control changes; returns how many items are shown. */
	apply(values: FilterValues): { shown: number; total: number };
}

export function setUpListFilter({ form, apply }: ListFilter): void {
	const status = form.querySelector<HTMLElement>('[role="status"]');
	const controls = [...form.elements].filter((element): element is HTMLInputElement | HTMLSelectElement => element instanceof HTMLInputElement || element instanceof HTMLSelectElement);
	const template = { counts: form.dataset['shown'] ?? '{shown} / {total}', none: form.dataset['none'] ?? '' };

	const read = (): FilterValues =>
		Object.fromEntries(controls.map((control) => [control.name, control instanceof HTMLInputElement && control.type === 'checkbox' ? (control.checked ? '1' : '') : control.value.trim()]));

	const run = (remember: boolean) => {
		const values = read();
		const { shown, total } = apply(values);
		if (status) status.textContent = shown === 0 ? template.none : template.counts.replace('{shown}', String(shown)).replace('{total}', String(total));
		if (remember) {
			const params = new URLSearchParams(location.search);
			for (const [name, value] of Object.entries(values)) {
				if (value) params.set(name, value);
				else params.delete(name);
			}
			const query = params.toString();
			history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
		}
	};

	// The address's choice first; a value the list does not offer is ignored.
	const params = new URLSearchParams(location.search);
	for (const control of controls) {
		const wanted = params.get(control.name);
		if (wanted === null) continue;
		if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = wanted !== '' && wanted !== '0';
		else if (control instanceof HTMLSelectElement) control.value = [...control.options].some((option) => option.value === wanted) ? wanted : '';
		else control.value = wanted;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('input', (event) => {
		clearTimeout(timer);
		// Typing waits for a pause; a select or a checkbox answers at once.
		const typing = event.target instanceof HTMLInputElement && event.target.type !== 'checkbox';
		timer = setTimeout(() => run(true), typing ? 120 : 0);
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('reset', () => setTimeout(() => run(true), 0));
	form.hidden = false;
	run(false);
}

/** Text as the filter compares it: case and width folded (Ａ = A), white space collapsed. */
export function normalizeText(text: string): string {
	return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
