// Screenshots of built pages for a person to look at: `npx tsx scripts/screenshot.ts /path/ [width] [out.png]`.
import { launchChromium } from './lib/browser';
import { serveStatic } from './lib/static-server';

const [path = '/', width = '1280', out = '/tmp/screenshot.png'] = process.argv.slice(2);
const { server, url } = await serveStatic('dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url + path);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server.close();
console.log(out);
