export { computeSpc } from './compute';
export { formatSpcCsv, formatSpcJson, SPC_CSV_COLUMNS } from './export';
export {
	assuranceTarget,
	monthlyValuesOf,
	spcInputsFromValues,
	type MonthlyKpiValue,
} from './inputs';
export { computeLimits, twoSigma, XMR_CONSTANT } from './limits';
export { applyRules, findAstronomical, findShift, findTrend, findTwoOfThree } from './rules';
export { rebasesFor, splitSegments, type Segment } from './segments';
export {
	checkSpcSettings,
	DEFAULT_SPC_SETTINGS,
	parseSpcSettings,
	RebaseSchema,
	SPC_FILE,
	SpcSettingsSchema,
	type Rebase,
	type RebaseOutline,
	type SpcDataContext,
	type SpcSettings,
} from './settings';
export { computeAssurance, computeVariation, type LatestPoint } from './summary';
export * from './types';
export {
	describeSpcChart,
	SPC_TABLE_COLUMNS,
	spcTableRows,
	type SpcTableRow,
	type SpcTextOptions,
} from './describe';
export {
	ASSURANCE_WORDS,
	explainRule,
	RULE_WORDS,
	VARIATION_WORDS,
	variationSide,
	whyNotAssessed,
} from './present';
export { computeSiteSpc, type SiteSpc } from './site-spc';
