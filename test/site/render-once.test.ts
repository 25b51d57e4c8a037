import { describe, expect, it } from 'vitest';
import { renderOnce } from '../../src/site/render-once.ts';

describe('renderOnce', () => {
	it('renders once per key and variant, and gives every later caller the same HTML', async () => {
		const renders: string[] = [];
		const render = (html: string) => async () => {
			renders.push(html);
			return html;
		};
		const sheet = {};
		const other = {};
		const first = renderOnce(sheet, 'h2', render('<h2>一、岗位职责</h2>'));
		// Pages render side by side: a caller that comes while the first renders waits for it.
		const second = renderOnce(sheet, 'h2', render('not rendered'));
		expect(await Promise.all([first, second])).toEqual(['<h2>一、岗位职责</h2>', '<h2>一、岗位职责</h2>']);
		expect(await renderOnce(sheet, 'h3', render('<h3>一、岗位职责</h3>'))).toBe('<h3>一、岗位职责</h3>');
		expect(await renderOnce(other, 'h2', render('<h2>1. Duties</h2>'))).toBe('<h2>1. Duties</h2>');
		expect(renders).toEqual(['<h2>一、岗位职责</h2>', '<h3>一、岗位职责</h3>', '<h2>1. Duties</h2>']);
	});
});
