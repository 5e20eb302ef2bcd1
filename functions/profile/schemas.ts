// Installs .openapi() on zod's schemas before this module builds any (functions/http/openapi-lite.ts on Lambda).
import '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { LocaleSchema } from '../http/schemas';
import { PostalAddressInputSchema } from '../orders/schemas';
import { CONTACT_CHANNELS, SPECIAL_DATE_KINDS, type Preferences, type SpecialDate } from './domain/profile';
import { STAGES, TIERS } from './domain/relationship';
import { EXIT_REASONS } from './domain/privacy';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date that exists (29 February only in leap years when a year is given). */
function isRealDate(value: string): boolean {
  if (!/^(\d{4}-)?\d{2}-\d{2}$/.test(value)) return true; // the format check reports it
  const parts = value.split('-').map(Number);
  const [year, month, day] = parts.length === 3 ? parts : [undefined, parts[0], parts[1]];
  if (!month || !day || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return false;
  if (year !== undefined && month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}

const SpecialDateSchema = lazySchema(() =>
  z
    .strictObject({
      kind: z.enum(SPECIAL_DATE_KINDS),
      date: z
        .string()
        .regex(/^(\d{4}-)?\d{2}-\d{2}$/, 'Use YYYY-MM-DD or MM-DD')
        .refine(isRealDate, 'No such date'),
      label: z.string().trim().max(60).optional(),
    })
    .openapi('SpecialDate'),
) satisfies z.ZodType<SpecialDate>;

const PreferencesSchema = lazySchema(() =>
  z
    .strictObject({
      newsletter: z.boolean(),
      contactChannel: z.enum(CONTACT_CHANNELS),
      orderUpdates: z.boolean(),
    })
    .openapi('Preferences'),
) satisfies z.ZodType<Preferences>;

export const ProfileSchema = lazySchema(() =>
  z
    .object({
      customerId: z.string(),
      email: z.string(),
      name: z.string(),
      locale: LocaleSchema,
      preferences: PreferencesSchema,
      specialDates: z.array(SpecialDateSchema),
      defaultAddress: PostalAddressInputSchema.optional(),
      customerSince: z.string(),
      tier: z.enum(TIERS),
      stage: z.enum(STAGES),
      stats: z.object({
        orderCount: z.number().int(),
        spentLast12MonthsCents: z.number().int(),
        lastOrderAt: z.string().optional(),
      }),
      greeting: z
        .string()
        .openapi({ description: "Greeting in the customer's language, with today's occasion if any" }),
      occasionsToday: z.array(SpecialDateSchema),
      openOrders: z.number().int(),
    })
    .openapi('Profile'),
);
export type Profile = z.infer<typeof ProfileSchema>;

export const ProfilePatchSchema = lazySchema(() =>
  z
    .strictObject({
      name: z.string().trim().min(1).max(80).optional(),
      locale: LocaleSchema.optional().openapi({
        description: 'The account language: mail, the bot and every device the customer signs in on follow it',
      }),
      defaultAddress: PostalAddressInputSchema.nullable().optional().openapi({ description: 'null forgets it' }),
      preferences: PreferencesSchema.partial().optional(),
      specialDates: z.array(SpecialDateSchema).max(10).optional(),
    })
    .refine((p) => Object.keys(p).length > 0, { message: 'Send at least one field to change' })
    .openapi('ProfilePatch'),
);
export type ProfilePatch = z.infer<typeof ProfilePatchSchema>;

export const ErasureRequestSchema = lazySchema(() =>
  z
    .strictObject({
      password: z.string().max(200).optional().openapi({ description: 'Locally: the password confirms it' }),
      reason: z.enum(EXIT_REASONS).optional(),
      comment: z.string().trim().max(1000).optional(),
    })
    .openapi('ErasureRequest'),
);

export const DataExportSchema = lazySchema(() =>
  z
    .object({
      exportedAt: z.string(),
      account: z.object({ email: z.string(), customerId: z.string(), groups: z.array(z.string()) }),
      profile: z.record(z.string(), z.unknown()).nullable(),
      orders: z.array(z.record(z.string(), z.unknown())),
      tickets: z.array(z.record(z.string(), z.unknown())),
      chats: z.array(z.object({ sessionId: z.string(), turns: z.array(z.record(z.string(), z.unknown())) })),
    })
    .openapi('DataExport'),
);
