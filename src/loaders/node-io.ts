import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { ProjectIo, ReadResult } from '../lib/project/io';

/** Files larger than this are refused rather than read: the national set's largest file is under 5 MB. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The project's reader of the disk. Only regular files are read: a folder, a FIFO (which would
 * block the build forever) or a symlink loop in place of a file is a problem with a message, and
 * so is text that is not UTF-8, with the likely encoding and how to save it right.
 */
export const nodeIo: Required<ProjectIo> = {
	read(path: string): ReadResult {
		let size: number;
		try {
			const stat = statSync(path);
			if (stat.isDirectory()) return { problem: 'is a folder, not a file' };
			if (!stat.isFile())
				return {
					problem: 'is not a regular file (a pipe, socket or device); expected a text file',
				};
			size = stat.size;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
			if (code === 'ELOOP') return { problem: 'is a symbolic link that points to itself (a loop)' };
			return { problem: `cannot be read (${code ?? (error as Error).message})` };
		}
		if (size > MAX_FILE_BYTES)
			return {
				problem: `is ${Math.round(size / 1024 / 1024)} MB; files over ${MAX_FILE_BYTES / 1024 / 1024} MB are refused`,
			};
		return decodeUtf8(readFileSync(path));
	},
	list(path: string): string[] | null {
		try {
			return statSync(path).isDirectory() ? readdirSync(path) : null;
		} catch {
			return null;
		}
	},
	sha256(path: string): string | null {
		try {
			if (!statSync(path).isFile()) return null;
		} catch {
			return null;
		}
		return createHash('sha256').update(readFileSync(path)).digest('hex');
	},
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Returns the text of UTF-8 bytes, or a problem that names the likely encoding. */
export function decodeUtf8(bytes: Uint8Array): ReadResult {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { problem: 'is UTF-16 text; save it as "CSV UTF-8" (Excel) or UTF-8 (other programs)' };
	}
	try {
		return { text: UTF8.decode(bytes) };
	} catch {
		return {
			problem:
				'is not UTF-8 text (it looks like Windows-1252/Latin-1, as older Excel saves "CSV"); save it as "CSV UTF-8 (kommadelt)" in Excel or as UTF-8 in other programs',
		};
	}
}
