import type { DetectText } from '../pack-types';

/** Chinese is recognised by its script (the registry's `script: 'han'`); no word lists needed. */
export const detect: DetectText = { rank: 0, minScore: 1, phrases: [], words: [] };
