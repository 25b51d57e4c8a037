import { describe, expect, test } from 'vitest';
import { compareSheets } from '../../src/history/compare-sheets.ts';

const lines = (...items: [string, string][]) => items.map(([place, text]) => ({ place, text }));

describe('what changed between two versions of a sheet', () => {
	test('Chinese is compared character by character', () => {
		const before = lines(['二、', '二、 职位职责'], ['二、1', '1. 负责部门工作计划'], ['二、2', '2. 把关重要合同的签订;']);
		const after = lines(['二、', '二、 职位职责'], ['二、1', '1. 负责部门工作计划'], ['二、2', '2. 审核并把关重要合同(50万元以上)的签订;']);
		expect(compareSheets(before, after)).toEqual([
			{
				kind: 'changed',
				place: '二、2',
				oldPlace: '二、2',
				before: '把关重要合同的签订;',
				after: '审核并把关重要合同(50万元以上)的签订;',
				parts: [
					{ text: '审核并', change: 'added' },
					{ text: '把关重要合同', change: 'same' },
					{ text: '(50万元以上)', change: 'added' },
					{ text: '的签订;', change: 'same' },
				],
			},
		]);
	});

	test('a line added above others is one added line: the lines it renumbers have not changed', () => {
		const before = lines(['1', '1. Answer tickets'], ['2', '2. Keep the knowledge base current']);
		const after = lines(['1', '1. Check the queue'], ['2', '2. Answer tickets'], ['3', '3. Keep the knowledge base current']);
		expect(compareSheets(before, after)).toEqual([{ kind: 'added', place: '1', text: 'Check the queue' }]);
	});

	test('a removed line is cited by its number in the older text', () => {
		const before = lines(['1', '1. Answer tickets'], ['2', '2. File reports']);
		expect(compareSheets(before, lines(['1', '1. Answer tickets']))).toEqual([{ kind: 'removed', place: '2', text: 'File reports' }]);
	});

	test('text with spaces between words is compared word by word', () => {
		const [change] = compareSheets(lines(['Department', 'Customer Support']), lines(['Department', 'Customer Care and After-Sales Support Services']));
		expect(change).toMatchObject({
			parts: [
				{ text: 'Customer ', change: 'same' },
				{ text: 'Care and After-Sales ', change: 'added' },
				{ text: 'Support', change: 'same' },
				{ text: ' Services', change: 'added' },
			],
		});
	});
});
