/** Runs once when the server starts: installs the method guard on Node's HTTP servers. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installMethodGuard } = await import('./app/_http/method-guard');
  installMethodGuard();
}
