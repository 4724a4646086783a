import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/loaders/node-io';

const dir = mkdtempSync(join(tmpdir(), 'node-io-'));

describe('nodeIo.read(path): only regular UTF-8 files, and a reason for everything else', () => {
	it('reads UTF-8 text, æøå included', () => {
		writeFileSync(join(dir, 'ok.csv'), 'name\nFrøya\n');
		expect(nodeIo.read(join(dir, 'ok.csv'))).toEqual({ text: 'name\nFrøya\n' });
	});
	it('says a file is missing', () =>
		expect(nodeIo.read(join(dir, 'none.csv'))).toEqual({ missing: true }));
	it('refuses a folder in place of a file', () => {
		mkdirSync(join(dir, 'folder.csv'));
		expect(nodeIo.read(join(dir, 'folder.csv'))).toEqual({ problem: 'is a folder, not a file' });
	});
	it('refuses a FIFO instead of waiting on it forever', () => {
		execFileSync('mkfifo', [join(dir, 'fifo.csv')]);
		expect(nodeIo.read(join(dir, 'fifo.csv'))).toEqual({
			problem: 'is not a regular file (a pipe, socket or device); expected a text file',
		});
	});
	it('refuses a symbolic link loop', () => {
		symlinkSync(join(dir, 'loop.csv'), join(dir, 'loop.csv'));
		expect(nodeIo.read(join(dir, 'loop.csv'))).toEqual({
			problem: 'is a symbolic link that points to itself (a loop)',
		});
	});
	it('names Latin-1 and UTF-16 text and says how to save it as UTF-8', () => {
		writeFileSync(join(dir, 'latin1.csv'), Buffer.from('name\nFr\xf8ya\n', 'latin1'));
		writeFileSync(join(dir, 'utf16.csv'), Buffer.from('\ufeffname\n', 'utf16le'));
		expect(nodeIo.read(join(dir, 'latin1.csv'))).toEqual({
			problem: expect.stringContaining('is not UTF-8 text (it looks like Windows-1252/Latin-1'),
		});
		expect(nodeIo.read(join(dir, 'utf16.csv'))).toEqual({
			problem: expect.stringContaining('is UTF-16 text'),
		});
	});
});

describe('nodeIo.list(path)', () => {
	it('lists a folder and gives null for anything else', () => {
		expect(nodeIo.list(join(dir, 'folder.csv'))).toEqual([]);
		expect(nodeIo.list(join(dir, 'ok.csv'))).toBeNull();
		expect(nodeIo.list(join(dir, 'none'))).toBeNull();
	});
});
