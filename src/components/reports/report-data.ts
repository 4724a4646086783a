import type { DownloadMeta } from '../../lib/downloads/table';
import type { AssumptionsFile } from '../../lib/assumptions';
import type { SiteCapacity } from '../../lib/capacity/site-capacity';
import type { Edition } from '../../lib/edition';
import type { KpiResults } from '../../lib/kpi/types';
import type { Manifest } from '../../lib/manifest';
import type { LoadedPlan } from '../../lib/project/read-site-files';
import type { SiteComparison } from '../../lib/site';
import type { SiteSpc } from '../../lib/spc/site-spc';
import type { SinceLastMeeting } from '../../lib/snapshots/since';
import type { Targets } from '../../lib/targets';

/** What a report page hands its sections: from the build's site, never loaded by a component. */
export interface ReportData {
	edition: Edition;
	manifest: Manifest;
	targets: Targets;
	kpis: KpiResults;
	/** The SPC charts up to the report's period. */
	spc: SiteSpc;
	/** The action plan on the data's as-of date, with `statusDemo` from the manifest. */
	plan: LoadedPlan | null;
	comparison: SiteComparison | null;
	/** Our assumptions and the data's caveats, for the notes beside the numbers they change. */
	assumptions: AssumptionsFile;
	/** The public site's origin (`https://…`): links from a report to the site are full URLs, so they work in the PDF and print the same every time. */
	linkBase: string;
	/** What changed since the latest frozen pack before this meeting (`since-last-meeting`), or `null` without that section. */
	since: SinceLastMeeting | null;
	/** Returns the name of an area id (`Helsefellesskapet`, `Fosen`, `Øya helsehus`). */
	areaName: (id: string) => string;
	/** The capacity model calibrated for this edition (section `capacity`). */
	capacity: SiteCapacity | null;
	/** The site's download tables, for the links under the charts. */
	downloads: readonly DownloadMeta[];
}
