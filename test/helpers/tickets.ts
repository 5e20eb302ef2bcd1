import { call } from './http';

/**
 * A chat handoff to a person, answering the bot's questions: the summary, then "no" to the order
 * and (for a guest) the email, until the ticket exists. Returns its id and the chat session.
 */
export async function handoff(
  base: string,
  options: { token?: string; summary?: string; email?: string; before?: string[] } = {},
): Promise<{ ticketId: string; sessionId: string }> {
  const answers = [
    ...(options.before ?? []),
    'I want to talk to a human',
    options.summary ?? 'My parcel arrived damaged',
    'no',
    options.email ?? 'no',
    'no',
  ];
  let sessionId: string | undefined;
  for (const message of answers) {
    const r = await call(base, 'POST', '/api/chat', { token: options.token, body: { message, sessionId } });
    if (r.status !== 200) throw new Error(`chat: ${r.status} ${r.text}`);
    sessionId = r.json.sessionId as string;
    if (r.json.handoff?.ticketId) return { ticketId: r.json.handoff.ticketId as string, sessionId };
  }
  throw new Error('no handoff');
}
