/** The JSON API's schemas and types, shared by the server (src/server) and the web app (src/web). Route list: docs/api.md. */
export * from './common.js';
export * from './analyze.js';
export * from './scenarios.js';
export * from './practice.js';
export * from './reviews.js';
export * from './assessments.js';
export * from './diary.js';
export * from './exposure.js';
export * from './worksheets.js';
export * from './progress.js';
export * from './data.js';
