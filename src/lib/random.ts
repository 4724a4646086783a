// Seeded randomness for simulations and synthetic data: the same seed gives the same numbers on
// every machine, so a build, a test or a scenario table can be reproduced byte for byte.

/** A source of uniform floats in [0, 1). */
export type Rng = () => number;

/**
 * Returns a mulberry32 generator of floats in [0, 1) for a 32-bit seed (other numbers are reduced
 * modulo 2³²). One stream has period 2³²: draw every run of a simulation from one generator rather
 * than seeding many, so the runs cannot overlap.
 */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Returns a standard normal draw (mean 0, standard deviation 1) by Box–Muller. */
export function drawNormal(rng: Rng): number {
	const u = 1 - rng(); // in (0, 1], so the logarithm stays finite
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/**
 * Returns a source of standard normal draws that uses both values of each Box–Muller pair, half
 * the logarithms and square roots of {@link drawNormal}, for loops that draw millions.
 */
export function normalSource(rng: Rng): () => number {
	let spare: number | null = null;
	return () => {
		if (spare !== null) {
			const value = spare;
			spare = null;
			return value;
		}
		const radius = Math.sqrt(-2 * Math.log(1 - rng()));
		const angle = 2 * Math.PI * rng();
		spare = radius * Math.sin(angle);
		return radius * Math.cos(angle);
	};
}

/** Returns an exponential draw with the given mean (same unit as the mean); 0 for a mean of 0. */
export function drawExponential(rng: Rng, mean: number): number {
	return -mean * Math.log(1 - rng());
}

/**
 * Returns a lognormal draw with the given mean and coefficient of variation (standard deviation ÷
 * mean); a CV of 0 returns the mean itself.
 */
export function drawLognormal(rng: Rng, mean: number, cv: number): number {
	const { mu, sigma } = lognormalParameters(mean, cv);
	return Math.exp(mu + sigma * drawNormal(rng));
}

/** Returns μ and σ of the underlying normal for a lognormal with this mean (> 0) and CV (≥ 0). */
export function lognormalParameters(mean: number, cv: number): { mu: number; sigma: number } {
	const variance = Math.log1p(cv * cv);
	return { mu: Math.log(mean) - variance / 2, sigma: Math.sqrt(variance) };
}

/** The largest mean drawn in one piece by Knuth's method; e^(−30) is far from underflow. */
const POISSON_PIECE = 30;

/**
 * Returns an exact Poisson draw with the given mean (≥ 0; 0 gives 0). A large mean is split into
 * pieces of at most 30, whose sum is Poisson with the whole mean, so no approximation is needed;
 * the cost grows with the mean.
 */
export function drawPoisson(rng: Rng, mean: number): number {
	let count = 0;
	for (let left = mean; left > 0; left -= POISSON_PIECE)
		count += knuthPoisson(rng, Math.min(left, POISSON_PIECE));
	return count;
}

function knuthPoisson(rng: Rng, mean: number): number {
	const limit = Math.exp(-mean);
	let k = 0;
	for (let p = rng(); p > limit; p *= rng()) k++;
	return k;
}
