import { z } from 'zod';
import { idSchema, labelSchema, markdownSchema, textListSchema } from './common.ts';

export const departmentSchema = z
	.strictObject({
		id: idSchema.optional().meta({ description: 'The department id (default: the file name).' }),
		name: z.string().meta({ description: 'The department name, e.g. 大客户部.' }),
		code: labelSchema.optional().meta({ description: 'The department code.' }),
		parent: idSchema.optional().meta({ description: 'The id of the department this one belongs to.' }),
		reports_to: idSchema.optional().meta({ description: "Role id of the department's 直接上级." }),
		head: idSchema.optional().meta({ description: 'Role id of who leads the department.' }),
		order: z.number().optional().meta({ description: 'Sort key among departments.' }),
		mission: textListSchema.optional().meta({ description: '部门本职: what the department is for.' }),
		responsibilities: textListSchema.optional().meta({ description: '主要职责.' }),
		process: textListSchema.optional().meta({ description: '部门工作流程, in order.' }),
		appraisal: markdownSchema.optional().meta({ description: '绩效考核办法: a Markdown block.' }),
	})
	.meta({ title: 'Rolebook department', description: 'One department (部门) per file.' });

export type DepartmentData = z.output<typeof departmentSchema>;
