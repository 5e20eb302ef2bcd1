import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { validationProblem } from './problem';

/** A router whose failed validations all answer with the same problem+json shape. */
export const router = () =>
  new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error);
    },
  });

/** Locale from the query, else Accept-Language, else English. */
export function requestLocale(query: string | undefined, acceptLanguage: string | undefined) {
  const pick = (v: string | undefined) => (v === 'en' || v === 'de' || v === 'vi' || v === 'zh' ? v : undefined);
  return pick(query) ?? pick(acceptLanguage?.slice(0, 2).toLowerCase()) ?? 'en';
}
