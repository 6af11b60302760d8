/** The storage layer: `openStore` and the interface the server codes against. */
export { openStore, SQLITE_FILE } from './openStore.js';
export * from './store.js';
