// Worker threads started from the TypeScript sources (tests, `node --import tsx`) do not get tsx's
// loader on Node 20, so this plain module registers it and hands on the worker's default export.
// The built package (dist/) starts dist/cli/reviewWorker.js directly and never loads this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import(new URL('./reviewWorker.ts', import.meta.url).href);
export default worker.default;
