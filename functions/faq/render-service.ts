import { lazyModule } from '../commons/lazy';

/**
 * Markdown rendering and sanitising (marked + sanitize-html), loaded on first use so no cold start
 * parses it: FAQ answers, ticket replies and personal notes all render through it.
 */
export const renderModule = lazyModule(() => import('./domain/render'));
