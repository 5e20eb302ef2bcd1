import type { admin } from './en/admin';
import type { ui } from './en/ui';
import type { OrdersText } from './pack-types';
import type { Locale } from './registry';

/** A key of the customer site's own strings (`locales/<code>/ui.ts`); English's keys are the set. */
export type PackUiKey = keyof typeof ui;
/** A key of the admin console's own strings (`locales/<code>/admin.ts`). */
export type PackAdminKey = keyof typeof admin;

/** What each locale's `ui.ts` fills: every key of English's, nothing more. */
export type UiStrings = { readonly [K in PackUiKey]: string };
/** What each locale's `admin.ts` fills. */
export type AdminStrings = { readonly [K in PackAdminKey]: string };

/** One locale's site pack: the customer site's strings and the admin console's. */
export interface SitePack {
  ui: UiStrings;
  admin: AdminStrings;
}

/** An order-status word, read from the backend pack (`orders.ts`) so there is one copy. */
export type StatusKey = `status.${keyof OrdersText['status']}`;
/** A content language's name in the page's language, from Intl. */
export type LocaleNameKey = `admin.locale.${Locale}`;

/** Every key the customer site can translate: its own and the order-status words. */
export type UiKey = PackUiKey | StatusKey;
/** Every key the admin console can translate: its own, the content languages' names and the order-status words. */
export type AdminKey = PackAdminKey | LocaleNameKey | StatusKey;
