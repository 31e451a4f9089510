/**
 * Bounce Explainer's engine: `explain(input)` turns a pasted bounce, SMTP reply or raw
 * message into a Report. Pure TypeScript: runs in the page, in a Worker and in Node.
 */
export { explain } from './explain.ts';
export * from './types.ts';
export { LIMITS } from './limits.ts';
