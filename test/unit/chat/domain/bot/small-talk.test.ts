import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../../locales/registry';
import { classify } from '../../../../../functions/chat/domain/bot/classify.js';
import { respond } from '../../../../../functions/chat/domain/bot/dialog.js';
import { memoryPorts } from './ports.js';

const SMALL_TALK = ['greeting', 'goodbye', 'thanks', 'small_talk'];

describe('Small talk (identity, capabilities, name, how are you, goodbye)', () => {
  it.each<[Locale, string]>([
    ['en', 'am I talking to a machine or a person?'],
    ['en', 'is a real human answering me?'],
    ['en', 'what can I ask you about?'],
    ['en', 'what do people call you'],
    ['en', 'how have you been'],
    ['en', 'nice talking to you'],
    ['en', 'great chatting with you'],
    ['de', 'Bin ich mit einem Menschen verbunden?'],
    ['de', 'Was kann ich dich fragen?'],
    ['de', 'War nett, mit dir zu reden'],
    ['vi', 'Tôi có thể hỏi bạn những gì?'],
    ['vi', 'Bạn có khỏe không?'],
    ['zh', '我可以问你什么？'],
    ['zh', '你的名字是什么？'],
  ])('[%s] "%s" is small talk, answered in that language, and never hands over', async (locale, message) => {
    expect(SMALL_TALK).toContain(classify(message, locale).intent);
    const { ports, calls } = memoryPorts();
    const r = await respond({ message, locale, signedIn: false, state: null }, ports);
    expect(SMALL_TALK).toContain(r.intent);
    expect(calls.createTicket).toBe(0);
  });

  it.each(['can I speak to a person please', 'I need an actual agent', 'transfer me to a human representative please'])(
    'a request for a person, "%s", still hands over',
    (message) => {
      expect(classify(message, 'en').intent).toBe('human_handoff');
    },
  );

  it.each([
    'how long can a human live without water',
    'what are the rewards on my mastercard',
    'find me a highly rated electrician',
    'is the sound quality of vinyl better',
    'tell me a story',
  ])('a single shop word does not decide: "%s" is out of scope', (message) => {
    expect(classify(message, 'en').intent).toBe('fallback');
  });
});
