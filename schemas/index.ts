import { departmentSchema } from './department.ts';
import { personSchema } from './person.ts';
import { roleSchema } from './role.ts';
import { siteSchema } from './site.ts';
import { workflowSchema } from './workflow.ts';

export * from './common.ts';
export * from './department.ts';
export * from './person.ts';
export * from './role.ts';
export * from './site.ts';
export * from './workflow.ts';

/** The schema of each kind of content file, keyed by kind; JSON Schema files are named after the keys. */
export const contentSchemas = {
	site: siteSchema,
	department: departmentSchema,
	role: roleSchema,
	workflow: workflowSchema,
	person: personSchema,
} as const;

export type ContentKind = keyof typeof contentSchemas;
