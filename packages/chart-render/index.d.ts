// Like index.js, the installed copy points at the work tree, so edited types need no reinstall.
export * from '../../packages/chart-render/render';
