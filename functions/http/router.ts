import { OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../locales/registry';
import type { AppEnv } from '../env';
import { validationProblem } from './problem';

/** A router whose failed validations all answer with the same problem+json shape. */
export const router = () =>
  new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error);
    },
  });

/** Locale from the query, else Accept-Language, else the default locale. */
export function requestLocale(query: string | undefined, acceptLanguage: string | undefined): Locale {
  const pick = (v: string | undefined) => (v !== undefined && isLocale(v) ? v : undefined);
  return pick(query) ?? pick(acceptLanguage?.slice(0, 2).toLowerCase()) ?? DEFAULT_LOCALE;
}
