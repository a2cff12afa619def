// Debian's Chromium as the browser tests start it (see ../shared/TOOLCHAIN.md):
// headless WebGL 2 through SwiftShader, nothing fetched from outside.
export const CHROMIUM = process.env.WEGWIJS_CHROMIUM || '/usr/bin/chromium';
// Never add --use-gl=swiftshader: it breaks WebGL.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Hermetic: no host name resolves (so no DNS query leaves the machine, WebSockets included).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

// playwright-core's chromium and the built page's folder, or a FAIL line naming what is missing.
export async function chromiumAndPage(tag, dirArg) {
  const fs = await import('node:fs');
  const path = await import('node:path');
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    process.stderr.write(`${tag}: FAIL: playwright-core is not installed: run (cd web-build && npm ci)\n`);
    process.exit(1);
  }
  const dir = path.resolve(dirArg);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    process.stderr.write(`${tag}: FAIL: ${dir}/index.html does not exist (build the web target first)\n`);
    process.exit(1);
  }
  return { chromium, dir };
}

// Whether the module with this import.meta.url is the script node was started with.
export function isMainModule(metaUrl) {
  return (async () => {
    const fs = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    try {
      return Boolean(process.argv[1]) && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(metaUrl));
    } catch {
      return false;
    }
  })();
}
