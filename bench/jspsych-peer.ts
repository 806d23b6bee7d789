// The timing peer: the same responses given to a jsPsych 8.3 html-keyboard-response page, served
// cross-origin isolated like the app, with an `elementtiming` stimulus so its paint is known too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

// The packages' browser builds are not in their `exports`, so they are read by path.
const modules = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
const files: Record<string, string> = {
	'jspsych.js': modules('jspsych/dist/index.browser.js'),
	'jspsych.css': modules('jspsych/css/jspsych.css'),
	'plugin.js': modules('@jspsych/plugin-html-keyboard-response/dist/index.browser.js')
};

const html = `<!doctype html><html><head><meta charset="utf-8"><title>jsPsych peer</title>
<link rel="stylesheet" href="jspsych.css"><script src="jspsych.js"></script><script src="plugin.js"></script>
<style>.stim { font-size: 120px; font-weight: 800; }</style></head><body></body>
<script>
window.startPeer = (inks) => {
	const jsPsych = initJsPsych({ on_finish: () => { window.__peerData = jsPsych.data.get().values(); } });
	jsPsych.run(inks.map((ink, i) => ({
		type: jsPsychHtmlKeyboardResponse,
		stimulus: '<div class="stim" elementtiming="peer-' + i + '" style="color:' + ink + '">####</div>',
		choices: ['ArrowLeft', 'ArrowDown', 'ArrowRight'],
		post_trial_gap: 250,
		data: { i }
	})));
};
</script></html>`;

const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** Serves the peer page at `${baseURL}/__peer/index.html` from this process. */
export async function routePeer(page: Page): Promise<string> {
	await page.route('**/__peer/**', async (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop()!;
		if (name === 'index.html') return route.fulfill({ body: html, contentType: 'text/html', headers: isolation });
		const file = files[name];
		if (!file) return route.fulfill({ status: 404 });
		const contentType = name.endsWith('.css') ? 'text/css' : 'text/javascript';
		return route.fulfill({ body: readFileSync(file), contentType, headers: isolation });
	});
	return '/__peer/index.html';
}

export const peerVersion = (): string => (JSON.parse(readFileSync(modules('jspsych/package.json'), 'utf8')) as { version: string }).version;
