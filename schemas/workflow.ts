import { z } from 'zod';
import { idListSchema, idSchema, markdownSchema, textSchema } from './common.ts';

/** A step's `role` is a role id, or free text when it does not look like an id. */
const roleStepSchema = z.strictObject({
	role: z.string().meta({ description: 'The role id that acts at this step.' }),
	action: textSchema.optional().meta({ description: 'What the role does, e.g. 审核.' }),
	or: idListSchema.optional().meta({ description: 'Roles that may act instead (总经理或副总经理).' }),
	optional: z.boolean().optional().meta({ description: 'The step may be skipped.' }),
});

const textStepSchema = z.strictObject({
	text: textSchema.meta({ description: 'A step that no role in the organisation performs.' }),
	action: textSchema.optional(),
	optional: z.boolean().optional().meta({ description: 'The step may be skipped.' }),
});

export const workflowStepSchema = z
	.union([z.string(), roleStepSchema, textStepSchema])
	.meta({ description: 'A role id, { role, action, or, optional }, or free text.' });

export const workflowSchema = z
	.strictObject({
		id: idSchema.optional().meta({ description: 'The workflow id (default: the file name).' }),
		name: z.string().meta({ description: 'The workflow name, e.g. 合同审批流程.' }),
		department: idSchema.optional().meta({ description: 'The id of the department that owns it.' }),
		steps: z.array(workflowStepSchema).min(1, { message: 'needs at least one step' }).meta({ description: 'The steps, in order.' }),
		notes: markdownSchema.optional(),
	})
	.meta({ title: 'Rolebook workflow', description: 'An approval or hand-off chain (审批 / 工作流程).' });

export type WorkflowData = z.output<typeof workflowSchema>;
export type WorkflowStepData = z.output<typeof workflowStepSchema>;
