// npm run --silent merge -- a.json b.json > merged.json   (see merge-command.ts)
import { processIo } from './cli-support';
import { runMerge } from './merge-command';

process.exitCode = await runMerge(process.argv.slice(2), processIo);
