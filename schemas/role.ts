import { z } from 'zod';
import { dateSchema, idListSchema, idSchema, labelSchema, markdownSchema, textListSchema, textSchema } from './common.ts';

export const ROLE_STATUSES = ['published', 'draft', 'retired'] as const;
export const AUTHORITY_CATEGORIES = ['business', 'finance', 'personnel', 'other'] as const;
export const AUTHORITY_KINDS = ['decision', 'proposal', 'supervision', 'other'] as const;
/** The keys of `qualifications`, `conditions` and `routines`, in the order pages show them. */
export const QUALIFICATION_KEYS = ['education', 'majors', 'experience', 'training', 'knowledge', 'skills', 'abilities', 'languages', 'certifications', 'traits', 'appearance', 'physical', 'other'] as const;
export const CONDITION_KEYS = ['equipment', 'environment', 'hours', 'physical', 'travel'] as const;
export const ROUTINE_KEYS = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;

const weightSchema = z.number().min(0).max(100).meta({ description: 'Share of working time, in percent.' });

const dutyItemSchema = z.strictObject({
	text: textSchema,
	weight: weightSchema.optional(),
});

type DutyEntryInput = string | z.input<typeof dutyItemSchema> | { group: string; items: DutyEntryInput[] };

/** Duties are items and groups mixed freely; a group's items may be groups again. */
export const dutyEntrySchema: z.ZodType<DutyEntry, DutyEntryInput> = z
	.union([
		textSchema,
		dutyItemSchema,
		z.strictObject({
			group: textSchema.meta({ description: 'The group heading.' }),
			get items() {
				return z.array(dutyEntrySchema);
			},
		}),
	])
	.meta({ id: 'duty', description: 'A duty: text, { text, weight }, or { group, items }.' });

const authorityItemSchema = z.strictObject({
	text: textSchema,
	category: z.enum(AUTHORITY_CATEGORIES).optional().meta({ description: '业务类 / 财务类 / 人事类 / other.' }),
	kind: z.enum(AUTHORITY_KINDS).optional().meta({ description: '决策权 / 建议权 / 监督权 / other.' }),
});

type AuthorityEntryInput = string | z.input<typeof authorityItemSchema> | { group: string; items: AuthorityEntryInput[] };

export const authorityEntrySchema: z.ZodType<AuthorityEntry, AuthorityEntryInput> = z
	.union([
		textSchema,
		authorityItemSchema,
		z.strictObject({
			group: textSchema.meta({ description: 'The group heading.' }),
			get items() {
				return z.array(authorityEntrySchema);
			},
		}),
	])
	.meta({ id: 'authority', description: 'An authority: text, { text, category, kind }, or { group, items }.' });

export type DutyEntry = string | z.output<typeof dutyItemSchema> | { group: string; items: DutyEntry[] };
export type AuthorityEntry = string | z.output<typeof authorityItemSchema> | { group: string; items: AuthorityEntry[] };

const qualificationsSchema = z.strictObject({
	education: textListSchema.optional().meta({ description: '学历 / 教育程度.' }),
	majors: textListSchema.optional().meta({ description: '专业.' }),
	experience: textListSchema.optional().meta({ description: '工作经验.' }),
	training: textListSchema.optional().meta({ description: '培训经历.' }),
	knowledge: textListSchema.optional().meta({ description: '知识.' }),
	skills: textListSchema.optional().meta({ description: '技能.' }),
	abilities: textListSchema.optional().meta({ description: '能力要求.' }),
	languages: textListSchema.optional().meta({ description: '语言能力.' }),
	certifications: textListSchema.optional().meta({ description: '资格证书.' }),
	traits: textListSchema.optional().meta({ description: '基本素质.' }),
	appearance: textListSchema.optional().meta({ description: '仪容仪表.' }),
	physical: textListSchema.optional().meta({ description: '身体条件.' }),
	other: textListSchema.optional(),
});

const relationshipSchema = z.strictObject({
	with: z.string().meta({ description: 'A role id, department:ID, or free text.' }),
	nature: textSchema.optional().meta({ description: 'What the relationship is about.' }),
});

const externalRelationshipSchema = z.union([
	textSchema,
	z.strictObject({
		with: textSchema.meta({ description: 'Free text: who outside the organisation.' }),
		nature: textSchema.optional(),
	}),
]);

const conditionsSchema = z.strictObject({
	equipment: textListSchema.optional().meta({ description: '工作设备.' }),
	environment: textListSchema.optional().meta({ description: '工作环境.' }),
	hours: textListSchema.optional().meta({ description: '工作时间.' }),
	physical: textListSchema.optional().meta({ description: '体力要求.' }),
	travel: textListSchema.optional().meta({ description: '出差.' }),
});

const routinesSchema = z.strictObject({
	daily: textListSchema.optional(),
	weekly: textListSchema.optional(),
	monthly: textListSchema.optional(),
	quarterly: textListSchema.optional(),
	yearly: textListSchema.optional(),
});

const kpiSchema = z.union([
	textSchema,
	z.strictObject({
		name: textSchema,
		target: textSchema.optional(),
		weight: weightSchema.optional(),
	}),
]);

const revisionSchema = z.strictObject({
	version: labelSchema.optional(),
	date: dateSchema.optional(),
	changes: textListSchema.optional(),
	author: z.string().optional(),
	reviewer: z.string().optional(),
	approver: z.string().optional(),
});

export const roleSchema = z
	.strictObject({
		id: idSchema.optional().meta({ description: 'The role id (default: the file name).' }),
		title: z.string().meta({ description: 'The role title, e.g. 大客户部部长.' }),
		department: idSchema.meta({ description: 'The id of the department the role belongs to.' }),
		code: labelSchema.optional().meta({ description: '岗位编号.' }),
		grade: labelSchema.optional().meta({ description: '岗位级别.' }),
		status: z.enum(ROLE_STATUSES).default('published').meta({ description: 'published (default), draft or retired.' }),
		reports_to: idSchema.optional().meta({ description: '直接上级: a role id; omitted only for the top of the tree.' }),
		dotted_line_to: idListSchema.optional().meta({ description: 'Functional or indirect superiors (role ids).' }),
		subordinates: idListSchema
			.optional()
			.meta({ description: '直接下级; if given it must equal the roles whose reports_to is this role.' }),
		headcount: z.int().min(0).optional().meta({ description: '岗位编制: how many people the role is planned for.' }),
		summary: textListSchema.optional().meta({ description: '本职工作 / 岗位概要.' }),
		duties: z.array(dutyEntrySchema).optional().meta({ description: '职位职责: items and groups.' }),
		authorities: z.array(authorityEntrySchema).optional().meta({ description: '主要权利 / 工作权限.' }),
		qualifications: qualificationsSchema.optional().meta({ description: '任职资格.' }),
		relationships: z
			.strictObject({
				internal: z.array(z.union([z.string(), relationshipSchema])).optional(),
				external: z.array(externalRelationshipSchema).optional(),
			})
			.optional()
			.meta({ description: '工作关系.' }),
		conditions: conditionsSchema.optional().meta({ description: '工作特征.' }),
		routines: routinesSchema.optional().meta({ description: '工作明细, by frequency.' }),
		kpis: z.array(kpiSchema).optional().meta({ description: '考核指标.' }),
		career: z
			.strictObject({
				promotes_to: textListSchema.optional().meta({ description: 'Role ids or free text.' }),
				note: textSchema.optional(),
			})
			.optional()
			.meta({ description: '职业发展.' }),
		compensation: textListSchema.optional().meta({ description: 'Printed only when site.publish.compensation is true.' }),
		occupation: z
			.strictObject({
				scheme: z.string().optional(),
				code: labelSchema.optional(),
				label: z.string().optional(),
			})
			.optional()
			.meta({ description: 'An occupational classification, e.g. GB/T 6565-2015.' }),
		notes: markdownSchema.optional().meta({ description: 'A Markdown block for anything else (适用范围, 备注).' }),
		revisions: z.array(revisionSchema).optional().meta({ description: '修订履历; the newest entry is the role version.' }),
	})
	.meta({ title: 'Rolebook role', description: 'One role (position, 岗位) per file.' });

export type RoleData = z.output<typeof roleSchema>;
export type RevisionData = z.output<typeof revisionSchema>;
export type Kpi = z.output<typeof kpiSchema>;
