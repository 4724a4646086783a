import { describe, expect, it } from 'vitest';
import { mulberry32 as scriptMulberry32 } from '../../scripts/generate-synthetic-data';
import {
	drawExponential,
	drawLognormal,
	drawPoisson,
	mulberry32,
	normalSource,
} from '../../src/lib/random';

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const variance = (values: number[]) => {
	const m = mean(values);
	return mean(values.map((v) => (v - m) ** 2));
};
const draws = (n: number, draw: () => number) => Array.from({ length: n }, draw);

describe('mulberry32(seed)', () => {
	it('gives the same stream as the synthetic-data script, so the script can import it unchanged', () => {
		for (const seed of [0, 1, 20231004, 0xffffffff]) {
			const lib = mulberry32(seed);
			const script = scriptMulberry32(seed);
			expect(draws(1000, lib)).toEqual(draws(1000, script));
		}
	});

	it('gives floats in [0, 1), the same for the same seed and different for another', () => {
		const a = draws(10_000, mulberry32(7));
		expect(a.every((u) => u >= 0 && u < 1)).toBe(true);
		expect(draws(10_000, mulberry32(7))).toEqual(a);
		expect(draws(10, mulberry32(8))).not.toEqual(a.slice(0, 10));
	});
});

describe('drawPoisson(rng, mean)', () => {
	it.each([0.3, 5, 36.8, 250])(
		'has mean and variance ≈ %s, also above the piece size of 30',
		(m) => {
			const rng = mulberry32(1);
			const sample = draws(40_000, () => drawPoisson(rng, m));
			expect(sample.every(Number.isInteger)).toBe(true);
			expect(mean(sample) / m).toBeCloseTo(1, 1);
			expect(variance(sample) / m).toBeCloseTo(1, 1);
		},
	);

	it('gives 0 for a mean of 0', () => {
		expect(drawPoisson(mulberry32(1), 0)).toBe(0);
	});
});

describe('drawLognormal(rng, mean, cv) and drawExponential(rng, mean)', () => {
	it.each([
		[20, 0.5],
		[20, 1],
	])('lognormal with mean %s and CV %s has that mean and CV', (m, cv) => {
		const rng = mulberry32(3);
		const sample = draws(200_000, () => drawLognormal(rng, m, cv));
		expect(mean(sample) / m).toBeCloseTo(1, 1);
		expect(Math.sqrt(variance(sample)) / mean(sample) / cv).toBeCloseTo(1, 1);
	});

	it('lognormal with CV 0 is the mean itself; exponential has CV 1', () => {
		expect(drawLognormal(mulberry32(3), 20, 0)).toBeCloseTo(20, 12);
		const rng = mulberry32(4);
		const sample = draws(200_000, () => drawExponential(rng, 20));
		expect(mean(sample) / 20).toBeCloseTo(1, 1);
		expect(Math.sqrt(variance(sample)) / 20).toBeCloseTo(1, 1);
	});
});

describe('normalSource(rng)', () => {
	it('gives standard normal draws, both of each pair, the same for the same seed', () => {
		const normal = normalSource(mulberry32(5));
		const sample = draws(200_000, normal);
		expect(Math.abs(mean(sample))).toBeLessThan(0.01);
		expect(variance(sample)).toBeCloseTo(1, 1);
		expect(draws(5, normalSource(mulberry32(5)))).toEqual(sample.slice(0, 5));
	});
});
