// Runs Electronegativity over one folder and prints its findings as one JSON line.
// Its CLI cannot be used here: it relies on a hoisted commander 5, and the project's
// commander 11 no longer exposes options as properties, so `-i`/`-o` are silently lost.
// The runner module is what the CLI calls; it returns the same records it would write to
// SARIF or CSV (and the severity, which its SARIF output leaves out).
const path = require('node:path');
const { createRequire } = require('node:module');

const [input, electronVersion] = process.argv.slice(2);
const packageJson = require.resolve('@doyensec/electronegativity/package.json', { paths: [process.cwd()] });
const fromPackage = createRequire(packageJson);

// Its message set-up downloads translations first (and picks the locale from LANG, which
// gives bare message keys for anything but its three locales): use the bundled English.
const i18n = fromPackage('i18n');
const setUpMessages = fromPackage.resolve('./dist/locales/i18n.js');
require.cache[setUpMessages] = {
  id: setUpMessages,
  filename: setUpMessages,
  loaded: true,
  exports: async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(setUpMessages),
      updateFiles: false,
      objectNotation: true,
      register: global,
    });
  },
};
const run = fromPackage('./dist/runner.js');

run(
  {
    input: path.resolve(input),
    customScan: [],
    // It downloads Electron's release list from GitHub: impossible offline, and the pinned
    // Electron version is reviewed when it is bumped.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    isVerbose: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
).then(
  (result) => {
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      manualReview: issue.manualReview,
      description: issue.description,
    }));
    const checks = result.globalChecks + result.atomicChecks;
    process.stdout.write(`\nELECTRONEGATIVITY ${JSON.stringify({ checks, errors: result.errors, findings })}\n`);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
