/** What can be wrong with an item that arrived. */
export const PROBLEM_KINDS = ['damaged', 'wrong_item', 'missing_parts'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];
