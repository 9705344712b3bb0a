/**
 * Runs once when the server starts, before it answers: installs the HTTP guard on Node's servers
 * and builds the fixed exports (≈ 1–2 s; not while `next build` prerenders), so the first
 * requests for the deck find it built rather than wait behind its build.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installMethodGuard } = await import('./app/_http/method-guard');
  installMethodGuard();
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { warmFixedExports } = await import('./app/_export/warm');
  await warmFixedExports();
}
