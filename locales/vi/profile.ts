import type { ProfileText } from '../pack-types';

/** Vietnamese: the profile greeting by time of day, and today's occasions. */
export const profile: ProfileText = {
  hello: { morning: 'Chào buổi sáng, {name}', afternoon: 'Chào buổi chiều, {name}', evening: 'Chào buổi tối, {name}' },
  occasion: { birthday: 'Chúc mừng sinh nhật!', anniversary: 'Chúc mừng ngày kỷ niệm!', other: 'Hôm nay là {label}!' },
  /** Ends the greeting when an occasion follows it, and joins the sentences. */
  sentenceEnd: '!',
  sentenceJoin: ' ',
};
