import type { Locale } from '../../locales/registry';
import { messagesText } from '../../locales/message-packs';
import type { OrderRecord } from '../orders/domain/order';
import { deliveredAt } from '../orders/domain/timeline';
import { enqueue, type OutboxDeps } from '../outbox/service';
import {
  type NpsInvitation,
  periodCutoff,
  planInvitation,
  signSurveyToken,
  verifySurveyToken,
} from './domain/nps-invitation';
import { countNpsAnswer } from './service';

/** What NPS invitations need: the outbox (to ask), stores, config and the clock. */
export type NpsDeps = OutboxDeps;

const rulesOf = ({ config }: Pick<NpsDeps, 'config'>) => ({
  inviteDays: config.NPS_INVITE_DAYS,
  periodDays: config.NPS_INVITE_PERIOD_DAYS,
  linkDays: config.NPS_LINK_DAYS,
});

/** The signed link of an invitation (the answer page; the message adds `&score=N`). */
export function surveyUrlOf({ config }: Pick<NpsDeps, 'config'>, invitation: NpsInvitation, locale: Locale) {
  const token = signSurveyToken(config.UNSUBSCRIBE_SECRET, {
    orderNumber: invitation.orderNumber,
    email: invitation.email,
    expiresAt: Math.floor(Date.parse(invitation.linkExpiresAt) / 1000),
  });
  return `${config.PUBLIC_URL}/api/feedback/nps/answer?token=${token}&locale=${locale}`;
}

/**
 * When an order is delivered: its NPS invitation, due NPS_INVITE_DAYS later, kept for the order
 * page and sent through the outbox with that not-before time (quiet hours apply from there) in
 * the customer's language, if email is their channel and they want order mail. None when the
 * order's question was answered, the customer was invited for another order within
 * NPS_INVITE_PERIOD_DAYS, or the delivery is long past (a feed of old orders). Safe to repeat:
 * the same order's invitation and message are kept once (the message id comes from the order),
 * and the outbox checks at send time that it is still unanswered and still wanted.
 */
export async function inviteAfterDelivery(
  deps: NpsDeps,
  order: OrderRecord,
  event: { type: string },
): Promise<NpsInvitation | undefined> {
  const { stores, now, config } = deps;
  const delivered = deliveredAt(order);
  if (event.type !== 'delivered' || !delivered) return undefined;
  const plan = planInvitation(order, delivered, now(), rulesOf(deps));
  if (!plan) return undefined;
  const { email, orderNumber } = plan;
  if (await stores.nps.answered(email, orderNumber)) return undefined;
  const existing = await stores.nps.invitation(email, orderNumber);
  const invitation = existing ?? plan;
  if (!existing) {
    const cutoff = periodCutoff(plan.dueAt, config.NPS_INVITE_PERIOD_DAYS);
    if (!(await stores.nps.claimPeriod(email, orderNumber, plan.dueAt, cutoff))) return undefined;
    await stores.nps.putInvitation(plan);
  }
  const profile = await stores.customers.get(email);
  if (profile?.preferences.contactChannel !== 'email') return invitation;
  const locale = profile.locale ?? order.locale;
  await enqueue(
    deps,
    {
      kind: 'nps_invite',
      to: email,
      customerId: email,
      locale,
      key: [orderNumber, 'nps_invite'],
      notBefore: new Date(invitation.dueAt),
      unless: stores.nps.answeredKey(email, orderNumber),
      recheckConsent: true,
      facts: { orderNumber, name: profile.name, surveyUrl: surveyUrlOf(deps, invitation, locale) },
    },
    { profile },
  );
  return invitation;
}

/**
 * The order page's question: open from the time the invitation is due until it is answered (or
 * its link expires); `open: false` for an order without one.
 */
export async function invitationOf(
  { stores, now }: Pick<NpsDeps, 'stores' | 'now'>,
  email: string,
  orderNumber: string,
) {
  const [invitation, answered] = await Promise.all([
    stores.nps.invitation(email, orderNumber),
    stores.nps.answered(email, orderNumber),
  ]);
  const at = now().toISOString();
  const open = Boolean(invitation && !answered && invitation.dueAt <= at && at <= invitation.linkExpiresAt);
  return { orderNumber, open, answered, ...(invitation ? { dueAt: invitation.dueAt } : {}) };
}

/** What a survey link stands for: its invitation and whether it was answered; undefined for a bad or expired link. */
export async function surveyOfToken(deps: Pick<NpsDeps, 'stores' | 'config' | 'now'>, token: string) {
  const claim = verifySurveyToken(deps.config.UNSUBSCRIBE_SECRET, token, deps.now());
  const invitation = claim ? await deps.stores.nps.invitation(claim.email, claim.orderNumber) : undefined;
  if (!invitation) return undefined;
  return { invitation, answered: await deps.stores.nps.answered(invitation.email, invitation.orderNumber) };
}

/**
 * An answer through a survey link (no sign-in: guests too): `recorded`, `answered` when the order
 * already was (the first answer counts), `invalid` for a bad or expired link or an erased customer's.
 */
export async function answerSurvey(
  deps: Pick<NpsDeps, 'stores' | 'config' | 'now'>,
  token: string,
  answer: { score: number; comment?: string },
): Promise<'recorded' | 'answered' | 'invalid'> {
  const survey = await surveyOfToken(deps, token);
  if (!survey) return 'invalid';
  const { invitation } = survey;
  const at = deps.now();
  if (!(await deps.stores.nps.markAnswered(invitation.email, invitation.orderNumber, at.toISOString())))
    return 'answered';
  await countNpsAnswer(deps, invitation.email, { ...answer, orderNumber: invitation.orderNumber }, at);
  return 'recorded';
}

/** The survey page's words in a locale. */
export const surveyPageText = (locale: Locale) => messagesText(locale).survey.page;
