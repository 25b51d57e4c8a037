import { z } from 'zod';
import { dateSchema, idListSchema, idSchema } from './common.ts';

export const personSchema = z
	.strictObject({
		id: idSchema.optional().meta({ description: 'The person id (default: the file name).' }),
		name: z.string().meta({ description: "The person's name." }),
		roles: idListSchema.default([]).meta({ description: 'Ids of the roles this person holds.' }),
		since: dateSchema.optional().meta({ description: 'In the role since, YYYY-MM-DD.' }),
	})
	.meta({ title: 'Rolebook person', description: 'Who holds which role (任职人员).' });

export type PersonData = z.output<typeof personSchema>;
