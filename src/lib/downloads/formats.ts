// The two files every download table is published as, and what each is for. Pages take their
// link texts from here and the catalogue its media types and file types, so a link and the
// catalogue entry for the same file always agree.

/** A file format a download table is published in. */
export interface DownloadFormat {
	/** The file extension, without the dot. */
	extension: 'csv' | 'xlsx';
	/** The IANA media type, for `Content-Type` and DCAT's `dcat:mediaType`. */
	mediaType: string;
	/** The EU file-type vocabulary URI, for DCAT's `dct:format`. */
	fileType: string;
	/** The link text on a page: says who the file is for. */
	linkText: string;
	/** A sentence about the file, for the catalogue page and DCAT's distribution description. */
	description: string;
}

/** The workbook for people who open numbers in Excel, then the CSV for programs, in link order. */
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
	{
		extension: 'xlsx',
		mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		fileType: 'http://publications.europa.eu/resource/authority/file-type/XLSX',
		linkText: 'Last ned som Excel-fil (.xlsx)',
		description:
			'Excel-arbeidsbok: norske kolonneoverskrifter med enheter, tall med norske tallformater, «skjult» der tall er skjult av personvernhensyn, og et ark «Om tallene» med kilde, definisjon og periode.',
	},
	{
		extension: 'csv',
		mediaType: 'text/csv',
		fileType: 'http://publications.europa.eu/resource/authority/file-type/CSV',
		linkText: 'Last ned som CSV-fil (for programmer)',
		description:
			'CSV for programmer: UTF-8 uten byte-order mark, komma som skilletegn, RFC 4180, datakontraktens kolonnenavn som overskrifter, punktum som desimaltegn og andeler som brøk (0.9, ikke 90). Tom celle betyr ingen verdi eller skjult.',
	},
];

/** Returns the site path of a table's file in a format (`kpi/ukp_days/maaned`, `csv` → `/kpi/ukp_days/maaned.csv`). */
export function downloadPath(file: string, extension: DownloadFormat['extension']): string {
	return `/${file}.${extension}`;
}

/** Returns the name a browser should save a table's file under (`kpi-ukp_days-maaned.xlsx`), for `<a download>`. */
export function downloadFileName(file: string, extension: DownloadFormat['extension']): string {
	return `${file.replaceAll('/', '-')}.${extension}`;
}

/** Returns the anchor of a table's entry on the catalogue page /data/ (`kpi-ukp_days-maaned`), also the end of its DCAT dataset URI. */
export function catalogueAnchor(file: string): string {
	return file.replaceAll('/', '-');
}
