import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';

/** A built site served on 127.0.0.1 by `astro preview`. */
export interface ServedSite {
	root: string;
	url: string;
	close(): Promise<void>;
}

/**
 * Returns a built site folder served by `astro preview` on a free port of 127.0.0.1. The preview
 * runs in a process of its own: inside Vitest, Astro's Vite plugin stands in for the `astro` module.
 */
export async function serveSite(root: string): Promise<ServedSite> {
	const port = await freePort();
	const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
		env: { ...process.env, OUT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: 'ignore',
		detached: true,
	});
	await waitForPort(port, 30_000);
	const close = async () => {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			// it has stopped already
		}
	};
	return { root, url: `http://127.0.0.1:${port}`, close };
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function waitForPort(port: number, timeout: number): Promise<void> {
	for (
		const started = Date.now();
		Date.now() - started < timeout;
		await new Promise((r) => setTimeout(r, 200))
	) {
		const open = await new Promise<boolean>((done) => {
			const socket = connect(port, '127.0.0.1', () => (socket.end(), done(true)));
			socket.once('error', () => done(false));
		});
		if (open) return;
	}
	throw new Error(`astro preview did not listen on port ${port} within ${timeout / 1000} s`);
}
