// globalSetup of the build and e2e tiers: builds (or reuses) the shared sites once and hands their
// folders to the tests (`inject('sites')`).
import type { TestProject } from 'vitest/node';
import { ensureFixtures, type FixtureName } from './build-fixtures';

declare module 'vitest' {
	export interface ProvidedContext {
		sites: Record<FixtureName, string>;
	}
}

export default function setup(project: TestProject): void {
	project.provide('sites', ensureFixtures());
}
