// npm run export -- --format tidy|redcap|bids --out DIR bundle.json…   (see export-command.ts)
import { processIo } from './cli-support';
import { runExport } from './export-command';

process.exitCode = await runExport(process.argv.slice(2), processIo);
