import type { ProfileText } from '../pack-types';

/** English: the profile greeting by time of day, and today's occasions. */
export const profile: ProfileText = {
  hello: { morning: 'Good morning, {name}', afternoon: 'Good afternoon, {name}', evening: 'Good evening, {name}' },
  occasion: { birthday: 'Happy birthday!', anniversary: 'Happy anniversary!', other: 'Today is {label}!' },
  /** Ends the greeting when an occasion follows it, and joins the sentences. */
  sentenceEnd: '!',
  sentenceJoin: ' ',
};
