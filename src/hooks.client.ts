// Runs once when the app starts in the browser.
import { config } from 'zod';

// The content security policy forbids eval; zod would otherwise probe for it (a blocked, reported
// attempt) to compile faster object parsers. Its plain parsers give the same results.
config({ jitless: true });
