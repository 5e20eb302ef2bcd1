import type { ProfileText } from '../pack-types';

/** German: the profile greeting by time of day, and today's occasions. */
export const profile: ProfileText = {
  hello: { morning: 'Guten Morgen, {name}', afternoon: 'Guten Tag, {name}', evening: 'Guten Abend, {name}' },
  occasion: {
    birthday: 'Alles Gute zum Geburtstag!',
    anniversary: 'Alles Gute zum Jahrestag!',
    other: 'Heute ist {label}!',
  },
  /** Ends the greeting when an occasion follows it, and joins the sentences. */
  sentenceEnd: '!',
  sentenceJoin: ' ',
};
