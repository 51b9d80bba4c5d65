import fc from 'fast-check';

// Random locally, to keep finding new cases; a fixed seed in CI, so a red run can be replayed exactly.
if (process.env.CI) fc.configureGlobal({ seed: 20261124 });
