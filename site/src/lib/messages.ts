import { ApiError } from './api/client';
import { t } from './ui';

/** A sentence for a failed call: the server's own `detail` when it gave one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common.network');
    if (error.problem?.detail) return error.problem.detail;
  }
  return t('common.error');
}
