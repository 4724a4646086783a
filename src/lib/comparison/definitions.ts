import { z } from 'zod';
import { requiredText, UrlField } from './fields';

/** One row of the definitions table: how Norway, Sweden and Denmark handle one topic. */
export const DefinitionRowSchema = z.strictObject({
	topic: requiredText('the topic of the row'),
	no: requiredText('the Norwegian definition'),
	se: requiredText('the Swedish definition'),
	dk: requiredText('the Danish definition'),
});

/** `data/comparison/definitions.yaml`: the Norway / Sweden / Denmark definitions table and its sources. */
export const DefinitionsSchema = z.strictObject({
	rows: z.array(DefinitionRowSchema).min(1),
	sources: z
		.array(z.strictObject({ title: requiredText('the title of the source'), url: UrlField }))
		.min(1),
});
export type Definitions = z.output<typeof DefinitionsSchema>;
