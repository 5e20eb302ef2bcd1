/** Why a customer closes their account: a fixed list (counted in insights) plus free text. */
export const EXIT_REASONS = [
  'too_expensive',
  'not_needed',
  'found_alternative',
  'bad_experience',
  'delivery_problems',
  'privacy',
  'too_many_messages',
  'other',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** How recent a sign-in must be to erase an account where no password is asked (Cognito). */
export const FRESH_SIGN_IN_SECONDS = 5 * 60;

/** True when the sign-in (epoch seconds) is recent enough at `now` to confirm an erasure. */
export const isFreshSignIn = (authTime: number | undefined, now: Date) =>
  authTime !== undefined &&
  now.getTime() / 1000 - authTime <= FRESH_SIGN_IN_SECONDS &&
  authTime <= now.getTime() / 1000 + 60;

/** What an erased ticket keeps in place of the conversation. */
/** What an erased ticket's summary says instead of the customer's words. */
export const ERASED_REASON = '(erased at the customer’s request)';

export const ERASED_TRANSCRIPT = [
  { at: '1970-01-01T00:00:00.000Z', role: 'bot' as const, text: '(erased at the customer’s request)' },
];
