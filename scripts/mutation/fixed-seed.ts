/**
 * A Vitest setup file the mutation session adds after the project's own: every fast-check property
 * runs with the same seed (`--seed`, default 1), so a mutant gets the same verdict on every run and
 * the before/after kill ratios compare the tests, not the luck of the draw.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(process.env.MUTATION_SEED ?? 1) });
