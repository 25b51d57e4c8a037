import type { Department, Organization } from '../model/index.ts';

/**
 * One colour per department, stable from build to build. Each top-level department
 * gets its own hue (spread by the golden angle, so neighbours differ even with dozens
 * of divisions); departments nested in it keep that hue, a little lighter each level,
 * so a division reads as one family on the chart. Hex, so that a downloaded SVG shows
 * the same colours in any editor.
 */
export function departmentColours(organization: Organization): Map<Department, string> {
	const colours = new Map<Department, string>();
	organization.topDepartments.forEach((top, index) => {
		const hue = (index * 137.508 + 210) % 360;
		const stack: [Department, number][] = [[top, 0]];
		while (stack.length > 0) {
			const [department, level] = stack.pop()!;
			if (colours.has(department)) continue;
			colours.set(department, hslToHex(hue, 0.58, Math.min(0.4 + level * 0.08, 0.64)));
			for (const child of department.children) stack.push([child, level + 1]);
		}
	});
	for (const department of organization.departments) if (!colours.has(department)) colours.set(department, '#6b6b76');
	return colours;
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
	const a = saturation * Math.min(lightness, 1 - lightness);
	const channel = (n: number) => {
		const k = (n + hue / 30) % 12;
		const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
		return Math.round(value * 255)
			.toString(16)
			.padStart(2, '0');
	};
	return `#${channel(0)}${channel(8)}${channel(4)}`;
}
