/* eslint-disable no-bitwise */
// mulberry32: 32-bit integer mixing is what it is made of.

/** A small, fast generator of numbers in [0, 1) whose sequence the seed fixes, so that a run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
