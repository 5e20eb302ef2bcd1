import type { Locale } from '../../http/schemas';
import type { SpecialDate } from '../schemas';

type Part = 'morning' | 'afternoon' | 'evening';

const HELLO: Record<Locale, Record<Part, string>> = {
  en: { morning: 'Good morning, {name}', afternoon: 'Good afternoon, {name}', evening: 'Good evening, {name}' },
  de: { morning: 'Guten Morgen, {name}', afternoon: 'Guten Tag, {name}', evening: 'Guten Abend, {name}' },
  vi: { morning: 'Chào buổi sáng, {name}', afternoon: 'Chào buổi chiều, {name}', evening: 'Chào buổi tối, {name}' },
  zh: { morning: '{name}，早安', afternoon: '{name}，午安', evening: '{name}，晚安' },
};

const OCCASION: Record<Locale, Record<SpecialDate['kind'], string>> = {
  en: { birthday: 'Happy birthday!', anniversary: 'Happy anniversary!', other: 'Today is {label}!' },
  de: { birthday: 'Alles Gute zum Geburtstag!', anniversary: 'Alles Gute zum Jahrestag!', other: 'Heute ist {label}!' },
  vi: { birthday: 'Chúc mừng sinh nhật!', anniversary: 'Chúc mừng ngày kỷ niệm!', other: 'Hôm nay là {label}!' },
  zh: { birthday: '生日快樂！', anniversary: '週年快樂！', other: '今天是{label}！' },
};

/** A greeting by time of day in the customer's zone, with today's occasions appended. */
export function greeting(locale: Locale, name: string, hour: number, occasions: readonly SpecialDate[]): string {
  const part: Part = hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
  const hello = HELLO[locale][part].replace('{name}', name);
  if (!occasions.length) return hello;
  const extras = occasions.map((o) => OCCASION[locale][o.kind].replace('{label}', o.label ?? ''));
  // The greeting becomes its own sentence when an occasion follows it.
  return [`${hello}${locale === 'zh' ? '！' : '!'}`, ...extras].join(locale === 'zh' ? '' : ' ');
}
