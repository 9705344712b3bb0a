// Like index.js, the installed copy points at the work tree: types come from the TypeScript source.
export * from '../../packages/chart-render/src/index';
