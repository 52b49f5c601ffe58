// SPDX-License-Identifier: MIT
// The second baseline of bench/ingest-html.sh: Mozilla's Readability.js on
// jsdom, extracting every file of the given directories in one process, as
// a user would script it. Installed into bench/node_modules by the bench
// (npm install @mozilla/readability jsdom). Prints pages and bytes read.
import fs from "node:fs";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

let pages = 0, bytes = 0;
const quiet = new VirtualConsole();
for (const top of process.argv.slice(2)) {
	for (const name of fs.readdirSync(top).sort()) {
		const data = fs.readFileSync(path.join(top, name));
		bytes += data.length;
		try {
			const dom = new JSDOM(data, { virtualConsole: quiet });
			new Readability(dom.window.document).parse();
			dom.window.close();
		} catch (e) {
			// a page it cannot read: go on, as ingest does
		}
		pages++;
	}
}
console.log(`${pages} pages, ${bytes} bytes`);
