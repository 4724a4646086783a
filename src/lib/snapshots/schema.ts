import { z } from 'zod';
import { IsoDateSchema, isMonth } from '../dates';
import { KPI_IDS } from '../kpi/definitions';

// What a frozen meeting pack holds (`reports/arkiv/<slug>/snapshot.json`): the pack's identity,
// the hashes of what it was made from, and every figure and measure status as the pack showed
// them. The file stays in the repository: the build reads it and never copies it into the site.

/** The folder under the reports folder that holds the frozen packs, one folder per pack. */
export const ARCHIVE_DIR = 'arkiv';
/** The name of a frozen pack's description in its folder. */
export const SNAPSHOT_FILE = 'snapshot.json';
/** The version of the snapshot format; a later format gets a new number and a reader for it. */
export const SNAPSHOT_FORMAT = 1;

const MonthSchema = z.string().refine(isMonth, 'must be a month written YYYY-MM');
const Sha256Schema = z
	.string()
	.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 written as 64 lowercase hex digits');
const LevelSchema = z.enum(['green', 'yellow', 'red']);

/** One KPI figure as the pack showed it (public edition: a hidden figure has no value). */
export const FrozenFigureSchema = z.strictObject({
	kpi: z.enum(KPI_IDS),
	/** `all`, `cluster:<name>`, a municipality code or (short-term) a unit id. */
	area: z.string().min(1),
	/** A month (`2026-10`) or a calendar year to date (`2026`). */
	period: z.string().regex(/^\d{4}(-\d{2})?$/, 'must be a month YYYY-MM or a year YYYY'),
	/** The value (a share as a fraction, days, or a count); `null` without data or when hidden. */
	value: z.number().nullable(),
	/** True when the public edition hid the figure to protect small counts. */
	hidden: z.boolean(),
	/** True for a readmission share whose 30 days had not passed. */
	provisional: z.boolean(),
	/** False when some of the area's municipalities (or units) lacked data in a month of the period. */
	complete: z.boolean(),
	/** Months of the period that had data. */
	months_with_data: z.number().int().min(0),
	target: z.number().nullable(),
	/** Goal achievement as a fraction (1 = reached), not clipped. */
	achievement: z.number().nullable(),
	level: LevelSchema.nullable(),
});
export type FrozenFigure = z.output<typeof FrozenFigureSchema>;

/** The SPC verdict on one monthly series up to the pack's period (DOMAIN.md "Variation"). */
export const FrozenSpcSchema = z.strictObject({
	kpi: z.enum(KPI_IDS),
	area: z.string().min(1),
	variation: z.enum(['none', 'common', 'improvement', 'concern']),
	assurance: z.enum(['none', 'pass', 'fail', 'hit_or_miss']),
	/** The latest month with a value, `null` for an empty series. */
	latest: MonthSchema.nullable(),
});
export type FrozenSpc = z.output<typeof FrozenSpcSchema>;

/** One measure (tiltak) of the action plan as the pack showed it. */
export const FrozenMeasureSchema = z.strictObject({
	id: z.string().min(1),
	text: z.string().min(1),
	/** The owner's level; `null` when none was reported. */
	status: LevelSchema.nullable(),
	status_comment: z.string().nullable(),
	status_date: IsoDateSchema.nullable(),
	done: z.boolean(),
	/** What the software saw on the data's as-of date (forfalt, mangler ny status, starter snart). */
	flags: z.strictObject({
		overdue: z.boolean(),
		not_reported: z.boolean(),
		starting_soon: z.boolean(),
	}),
});
export type FrozenMeasure = z.output<typeof FrozenMeasureSchema>;

/** A file the pack was made from, by its path and the SHA-256 of its bytes. */
const HashedFileSchema = z.strictObject({ path: z.string().min(1), sha256: Sha256Schema });

/** `snapshot.json` of a frozen meeting pack. */
export const SnapshotSchema = z.strictObject({
	format: z.literal(SNAPSHOT_FORMAT),
	/** The report's slug; also the name of its folder in the archive. */
	slug: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a report slug (lowercase letters, digits and hyphens)'),
	title: z.string().min(1),
	meeting: z.string().min(1),
	meeting_date: IsoDateSchema,
	sak: z.string().nullable(),
	sak_demo: z.boolean(),
	/** True for an example pack (demo data or dates), as its front matter said. */
	example: z.boolean(),
	/** The reporting month. */
	period: MonthSchema,
	/** Always the public edition: the archive is published, so it never holds small counts. */
	edition: z.literal('public'),
	/** The data cut-off: the extract date (manifest `as_of`) of the data the pack was made from. */
	data_cutoff: IsoDateSchema,
	/** The latest month with data at the time. */
	latest_month: MonthSchema,
	synthetic: z.boolean(),
	/** Counts from 1 up to this were hidden. */
	suppression_threshold: z.number().int().min(1),
	/** The PDF in the same folder, byte for byte as printed. */
	pdf: z.strictObject({
		file: z.string().regex(/^[^/\\]+\.pdf$/, 'must be a file name ending in .pdf'),
		sha256: Sha256Schema,
		bytes: z.number().int().min(1),
	}),
	/** The report definition, its path relative to the reports folder. */
	report_file: HashedFileSchema,
	/** Every data file read, paths relative to the data folder. */
	data_files: z.array(HashedFileSchema),
	kpis: z.array(FrozenFigureSchema),
	spc: z.array(FrozenSpcSchema),
	measures: z.array(FrozenMeasureSchema),
});
export type Snapshot = z.output<typeof SnapshotSchema>;

/** A frozen pack in the archive: its snapshot and where its files are. */
export interface ArchivedPack {
	/** The folder name, equal to `snapshot.slug`. */
	slug: string;
	/** `reports/arkiv/<slug>/snapshot.json`. */
	snapshotPath: string;
	/** `reports/arkiv/<slug>/<pdf.file>`. */
	pdfPath: string;
	/** The line of `pdf.sha256` in `snapshot.json`, for messages about the PDF. */
	pdfHashLine: number;
	snapshot: Snapshot;
}
