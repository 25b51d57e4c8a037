import { describe, expect, test } from 'vitest';
import { createProseRenderer, type WikiLinkResolver } from '../../src/markdown/prose.ts';

const prose = createProseRenderer({
	role: (id) => (id === 'gm' ? { href: '/handbook/roles/gm/', title: '总经理' } : undefined),
	department: (id) => (id === 'finance' ? { href: '/handbook/departments/finance/', title: '财务部' } : undefined),
});

describe('prose', () => {
	test('inline Markdown renders without a wrapping paragraph or stray spaces', () => {
		expect(prose.inline('向 **总经理** 汇报,见 `制度`')).toBe('向 <strong>总经理</strong> 汇报,见 <code>制度</code>');
	});

	test('[[links]] resolve to real URLs, with the target’s name or the given label', () => {
		expect(prose.inline('报 [[gm]] 审批')).toBe('报 <a href="/handbook/roles/gm/">总经理</a> 审批');
		expect(prose.inline('[[gm|总经理或其授权人]]')).toBe('<a href="/handbook/roles/gm/">总经理或其授权人</a>');
		expect(prose.inline('交 [[department:finance]]')).toBe('交 <a href="/handbook/departments/finance/">财务部</a>');
	});

	test('a link to a role that is not published is plain text', () => {
		expect(prose.inline('见 [[draft-role|新岗位]]')).toBe('见 新岗位');
	});

	test('raw HTML is shown as text, never rendered', () => {
		const html = prose.inline('<script>alert(1)</script><img src=x onerror="alert(1)"> <b>粗</b>');
		expect(html).not.toMatch(/<(script|img|b)\b/);
		expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
	});

	test('only http, https, mailto and relative links keep their destination', () => {
		expect(prose.inline('[a](https://example.org) [b](mailto:hr@example.org) [c](../x/)')).toBe(
			'<a href="https://example.org">a</a> <a href="mailto:hr@example.org">b</a> <a href="../x/">c</a>',
		);
		expect(prose.inline('[bad](javascript:alert(1)) [data](data:text/html,x) <javascript:alert(1)>')).not.toMatch(/href/);
		expect(prose.inline('[ref][x]\n\n[x]: javascript:alert(1)')).not.toMatch(/href/);
	});

	test('blocks keep headings and lists, with headings shifted below the page section', () => {
		expect(prose.block('## 考核目的\n\n- 提高\n- 改进')).toBe('<h3>考核目的</h3>\n<ul>\n<li>提高</li>\n<li>改进</li>\n</ul>');
	});
});

describe('plain text and [[links]] skip the parser with the same result', () => {
	const links: WikiLinkResolver = {
		role: (id) => (id === 'gm' ? { href: '/handbook/roles/gm/', title: '总经理' } : id === 'odd' ? { href: '/roles/odd/', title: 'R&D <lead>' } : undefined),
		department: (id) => (id === 'finance' ? { href: '/handbook/departments/finance/', title: '财务部' } : undefined),
		unpublished: '另一岗位',
	};
	const parsed = createProseRenderer(links, { parseAll: true });
	const fast = createProseRenderer(links);

	test.each([
		'负责部门工作计划、目标的制定、检查;',
		'Answer every ticket within a day.',
		'  leading and trailing spaces  ',
		'1. a numbered line',
		'- a bullet',
		'# a heading',
		'    indented code',
		'> a quote',
		'2024年完成 10% 增长',
		'a * b and c_d',
		'AT&T',
		'',
		'报 [[gm]] 审批',
		'[[gm|总经理或其授权人]]',
		'  [[gm]] 与 [[department:finance]] 会签  ',
		'交 [[hidden]] 或 [[hidden|经办人]]',
		'[[odd]] signs',
		'[[gm|a *starred* label]]',
		'    [[gm]] indented',
		'- [[gm]]',
		'[[gm]](https://example.com)',
		'[[ gm ]] and [[department: finance ]]',
		'[[gm]]]',
		'[[gm|]]',
	])('%j', (text) => {
		expect(fast.inline(text)).toBe(parsed.inline(text));
		expect(fast.block(text)).toBe(parsed.block(text));
	});

	test('every string of the example organisation renders the same either way', async () => {
		const { readdirSync, readFileSync } = await import('node:fs');
		const path = await import('node:path');
		const { parse } = await import('yaml');
		const content = path.resolve(import.meta.dirname, '../../content');
		const strings: string[] = [];
		const collect = (value: unknown): void => {
			if (typeof value === 'string') strings.push(value);
			else if (value && typeof value === 'object') Object.values(value).forEach(collect);
		};
		for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'))) collect(parse(readFileSync(path.join(content, file), 'utf8')));
		expect(strings.length).toBeGreaterThan(500);
		for (const text of strings) expect(fast.inline(text), text).toBe(parsed.inline(text));
		// Every link of the example, once resolving (half of them) and once not.
		const someLinks: WikiLinkResolver = {
			role: (id) => (id.length % 2 === 0 ? { href: `/roles/${id}/`, title: `岗位 ${id}` } : undefined),
			department: (id) => (id.length % 2 === 0 ? { href: `/departments/${id}/`, title: `部门 ${id}` } : undefined),
		};
		const [parsedLinks, fastLinks] = [createProseRenderer(someLinks, { parseAll: true }), createProseRenderer(someLinks)];
		const linked = strings.filter((text) => text.includes('[['));
		expect(linked.length).toBeGreaterThan(5);
		for (const text of linked) expect(fastLinks.inline(text), text).toBe(parsedLinks.inline(text));
	});
});
