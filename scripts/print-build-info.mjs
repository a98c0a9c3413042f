// Printed after `npm run build`: where the builds are and how to load them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv3');
const mark = (dir) => (existsSync(`${dir}/manifest.json`) ? dir : `${dir} (missing: the build failed)`);

console.log(`
Backstride is built.
  Chrome / Chromium: ${mark(chrome)}
    chrome://extensions → turn on Developer mode → "Load unpacked" → choose that folder.
  Firefox: ${mark(firefox)}
    about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → choose its manifest.json.
`);
