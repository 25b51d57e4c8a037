/**
 * The search box's behaviour in the browser, loaded by SiteSearch.astro when the reader
 * first focuses the box (at once on the search page); pagefind's script, WebAssembly and
 * index follow. Everything is built with DOM calls and classes, so it runs under a
 * Content-Security-Policy without inline scripts or styles.
 */

/** What SiteSearch.astro writes into `data-labels`, in the site's language. */
export interface SearchLabels {
	results: string;
	oneResult: string;
	noResults: string;
	loading: string;
	unavailable: string;
	allDepartments: string;
	allGrades: string;
	kinds: Record<string, string>;
}

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

const FILTERS = ['department', 'grade'] as const;
/** How many results the header's drop-down shows; the search page shows up to `PAGE_LIMIT`. */
const PANEL_LIMIT = 6;
const PAGE_LIMIT = 50;
const DEBOUNCE_MS = 120;

export function setUpSiteSearch(root: HTMLElement): void {
	const page = root.dataset['mode'] === 'page';
	const labels = JSON.parse(root.dataset['labels'] ?? '{}') as SearchLabels;
	const lang = document.documentElement.lang || undefined;
	const form = root.querySelector('form')!;
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const panel = root.querySelector<HTMLElement>('.site-search__panel')!;
	const status = root.querySelector<HTMLElement>('.site-search__status')!;
	const list = root.querySelector<HTMLOListElement>('.site-search__results')!;
	const all = root.querySelector<HTMLAnchorElement>('.site-search__all');
	const more = root.querySelector<HTMLButtonElement>('.site-search__more');
	const selects = Object.fromEntries(FILTERS.map((name) => [name, root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!]));

	let loading: Promise<Pagefind | undefined> | undefined;
	let generation = 0;
	/** The search page's results not shown yet, for "More results". */
	let rest: { data(): Promise<ResultData> }[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;

	const load = () =>
		(loading ??= (async () => {
			try {
				const pagefind = (await import(/* @vite-ignore */ root.dataset['bundle']!)) as Pagefind;
				await pagefind.options({ excerptLength: page ? 36 : 22, excerptEllipsis: '…' });
				await pagefind.init();
				fillFilters(await pagefind.filters());
				return pagefind;
			} catch {
				return undefined;
			}
		})());

	const fillFilters = (available: Record<string, Record<string, number>>) => {
		const collator = new Intl.Collator(lang, { numeric: true });
		for (const name of FILTERS) {
			const select = selects[name]!;
			const values = Object.keys(available[name] ?? {}).sort(collator.compare);
			const chosen = select.value || (page ? new URLSearchParams(location.search).get(name) : '') || '';
			select.replaceChildren(new Option(name === 'department' ? labels.allDepartments : labels.allGrades, ''), ...values.map((value) => new Option(value, value)));
			select.value = values.includes(chosen) ? chosen : '';
			select.disabled = values.length === 0;
			select.closest('label')!.hidden = values.length === 0;
		}
	};

	const chosenFilters = () => {
		const filters: Record<string, string> = {};
		for (const name of FILTERS) if (selects[name]!.value) filters[name] = selects[name]!.value;
		return filters;
	};

	const setOpen = (open: boolean) => {
		panel.hidden = !open;
	};

	const run = async () => {
		const current = ++generation;
		const query = input.value.trim();
		const filters = chosenFilters();
		if (page) updateAddress(query, filters);
		if (!query && (!page || Object.keys(filters).length === 0)) {
			list.replaceChildren();
			list.dataset['query'] = '';
			status.textContent = '';
			rest = [];
			if (all) all.hidden = true;
			if (more) more.hidden = true;
			if (!page) setOpen(false);
			return;
		}
		setOpen(true);
		list.setAttribute('aria-busy', 'true');
		status.textContent = labels.loading;
		const pagefind = await load();
		if (current !== generation) return;
		if (!pagefind) {
			status.textContent = labels.unavailable;
			list.setAttribute('aria-busy', 'false');
			return;
		}
		const search = await pagefind.search(query || null, { filters });
		if (!search || current !== generation) return;
		const found = search.results;
		const limit = page ? PAGE_LIMIT : PANEL_LIMIT;
		const shown = await Promise.all(found.slice(0, limit).map((result) => result.data()));
		if (current !== generation) return;
		status.textContent =
			found.length === 0 ? labels.noResults.replace('{query}', query) : found.length === 1 ? labels.oneResult : labels.results.replace('{count}', String(found.length));
		list.replaceChildren(...shown.map(resultItem));
		rest = found.slice(limit);
		if (more) more.hidden = rest.length === 0;
		// Which search the list shows, once it is complete.
		list.dataset['query'] = query;
		list.setAttribute('aria-busy', 'false');
		if (all) {
			all.hidden = found.length <= PANEL_LIMIT;
			all.href = `${form.action}?${new URLSearchParams({ q: query, ...filters }).toString()}`;
		}
	};

	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(run, DEBOUNCE_MS);
	};

	const resultItem = (data: ResultData) => {
		const item = element('li', 'site-search__result');
		const link = element('a', 'site-search__title', data.meta['title'] ?? data.url);
		link.href = data.url;
		const kind = data.filters['kind']?.[0];
		const context = [kind && labels.kinds[kind], kind !== 'department' && data.filters['department']?.[0], data.filters['grade']?.[0]].filter(Boolean);
		const excerpt = element('p', 'site-search__excerpt');
		excerpt.append(...withoutTitle(highlighted(data.excerpt), link.textContent ?? ''));
		item.append(link, element('p', 'site-search__context', context.join(' · ')), excerpt);
		return item;
	};

	input.addEventListener('focus', () => {
		void load();
		if (!page && input.value.trim()) setOpen(true);
	});
	input.addEventListener('input', schedule);
	more?.addEventListener('click', async () => {
		const current = generation;
		const next = rest.splice(0, PAGE_LIMIT);
		const shown = await Promise.all(next.map((result) => result.data()));
		if (current !== generation) return;
		const items = shown.map(resultItem);
		list.append(...items);
		more.hidden = rest.length === 0;
		// Keep the reader's place: focus the first of the new results.
		items[0]?.querySelector('a')?.focus();
	});
	for (const select of Object.values(selects)) select.addEventListener('change', () => void run());

	if (page) {
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void run();
		});
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		void load().then(run);
		return;
	}

	// The drop-down: Escape or leaving the search closes it; arrow keys move between results.
	root.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !panel.hidden) {
			setOpen(false);
			input.focus();
		} else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			const links = [...list.querySelectorAll<HTMLAnchorElement>('.site-search__title')];
			if (links.length === 0 || event.target instanceof HTMLSelectElement) return;
			event.preventDefault();
			const at = links.indexOf(document.activeElement as HTMLAnchorElement);
			const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
			if (next < 0) input.focus();
			else links[Math.min(next, links.length - 1)]!.focus();
		}
	});
	root.addEventListener('focusout', (event) => {
		if (!root.contains(event.relatedTarget as Node | null)) setOpen(false);
	});
	document.addEventListener('pointerdown', (event) => {
		if (!root.contains(event.target as Node)) setOpen(false);
	});
	// Set up on the first focus, perhaps after the reader has started typing.
	if (root.contains(document.activeElement)) {
		void load();
		if (input.value.trim()) void run();
	}
}

/** The search page keeps its query and filters in the address, so a search can be shared or reloaded. */
function updateAddress(query: string, filters: Record<string, string>): void {
	const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
	const search = params.size > 0 ? `?${params.toString()}` : '';
	if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * A record's text starts with its title (weighted, see src/search/build-index.ts), so an
 * excerpt often does too; the title is already shown above it.
 */
function withoutTitle(nodes: Node[], title: string): Node[] {
	const text = nodes.map((node) => node.textContent ?? '').join('');
	if (!title || !text.startsWith(title) || text.length === title.length) return nodes;
	let drop = title.length;
	const kept: Node[] = [];
	for (const node of nodes) {
		const value = node.textContent ?? '';
		if (drop >= value.length) {
			drop -= value.length;
			continue;
		}
		if (drop > 0) node.textContent = value.slice(drop);
		drop = 0;
		kept.push(node);
	}
	const first = kept[0];
	if (first) first.textContent = (first.textContent ?? '').trimStart();
	return kept;
}

/**
 * pagefind's excerpt is escaped text with `<mark>` around the matches. It is rebuilt here
 * from text nodes and `<mark>` elements only, so nothing else in it can become markup.
 */
function highlighted(excerpt: string): Node[] {
	const body = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
	return [...body.childNodes].map((node) => {
		// pagefind keeps zero-width spaces between the words of Chinese text; they carry nothing here.
		const text = (node.textContent ?? '').replaceAll('\u200b', '');
		if (node.nodeName !== 'MARK') return document.createTextNode(text);
		const mark = document.createElement('mark');
		mark.textContent = text;
		return mark;
	});
}
