import { chromium } from 'playwright-core';
import { startServer, chromiumFlags, chromiumPath } from '/work/main/test/e2e/helpers.ts';
const server = await startServer();
const b = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const [path, w, h, out] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(server.url + path); await p.waitForTimeout(1500);
await p.screenshot({ path: out });
await b.close(); await server.close();
