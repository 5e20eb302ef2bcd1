import type { ProfileText } from '../pack-types';

/** Chinese (Traditional): the profile greeting by time of day, and today's occasions. */
export const profile: ProfileText = {
  hello: { morning: '{name}，早安', afternoon: '{name}，午安', evening: '{name}，晚安' },
  occasion: { birthday: '生日快樂！', anniversary: '週年快樂！', other: '今天是{label}！' },
  /** Ends the greeting when an occasion follows it, and joins the sentences. */
  sentenceEnd: '！',
  sentenceJoin: '',
};
