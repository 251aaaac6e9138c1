// `npm run web`: build the renderer and serve the web shell until stopped. Opens no browser.
import { buildRenderer, serveRenderer } from './serve.mjs';

const port = Number(process.env.PORT ?? 5173);
const skipBuild = process.argv.includes('--no-build');

if (!skipBuild) {
  console.log('Building Close Reader…');
  await buildRenderer({ quiet: true });
}
const { url } = await serveRenderer({ port });
console.log(`Close Reader: ${url}`);
