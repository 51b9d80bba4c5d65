// Tells a newcomer where the builds are and how to load them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv2');
for (const dir of [chrome, firefox]) {
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`Build missing: ${dir}/manifest.json`);
    process.exit(1);
  }
}
console.log(`
Built the extension:
  Chrome (MV3):  ${chrome}
    chrome://extensions -> Developer mode -> "Load unpacked" -> choose that folder
  Firefox (MV2): ${firefox}
    about:debugging#/runtime/this-firefox -> "Load Temporary Add-on" -> choose ${firefox}/manifest.json
`);
