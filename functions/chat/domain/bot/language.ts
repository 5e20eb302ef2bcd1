import type { Locale } from '../../../../locales/registry';
import { fold, hasHan } from './normalise.js';

// Letters that only Vietnamese uses among our locales (tone marks and horn/breve vowels).
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
const VI_SHARED = /[àáèéìíòóùúýãõĩũ]/u;
const DE_LETTERS = /[äöüß]/u;

// Unaccented Vietnamese: multi-word cues are safe, single words only count in pairs.
const VI_PHRASES = [
  'don hang',
  'cua toi',
  'cua minh',
  'cam on',
  'xin chao',
  'mat khau',
  'hoan tien',
  'dang nhap',
  'tai khoan',
  'giao hang',
  'dia chi',
  'thanh toan',
  'hoa don',
  'tra hang',
  'doi tra',
  'khong',
  'duoc',
  'tam biet',
  'bao nhieu',
  'lam sao',
  'nhan vien',
  'nguoi that',
  'chao ban',
  'bao lau',
  'the nao',
  'huy don',
];
const VI_WORDS = new Set([
  'toi',
  'minh',
  'ban',
  'cua',
  'hang',
  'nhe',
  'roi',
  'dau',
  'muon',
  'shop',
  'gi',
  'sao',
  'nao',
  'voi',
  'cho',
  'la',
  'co',
  'nha',
  'vay',
  'oi',
  'chua',
  'giup',
  'em',
  'anh',
  'chi',
  'huy',
  'doi',
]);
const DE_WORDS = new Set([
  'ich',
  'nicht',
  'bitte',
  'mein',
  'meine',
  'meinen',
  'meiner',
  'meinem',
  'moechte',
  'danke',
  'hallo',
  'tschuess',
  'bestellung',
  'wie',
  'wo',
  'ist',
  'und',
  'ein',
  'eine',
  'einen',
  'einem',
  'habe',
  'kann',
  'koennen',
  'der',
  'das',
  'mir',
  'mich',
  'sie',
  'ihr',
  'euch',
  'noch',
  'schon',
  'auch',
  'wann',
  'warum',
  'keine',
  'kein',
  'mit',
  'fuer',
  'zu',
  'von',
  'ueber',
  'gibt',
  'geht',
  'lieferung',
  'paket',
  'rechnung',
  'konto',
  'guten',
  'moin',
  'servus',
  'wurde',
  'werden',
  'bin',
  'vergessen',
  'zurueck',
  'stornieren',
  'versand',
  'welche',
  'wer',
  'sind',
  'vielen',
  'dank',
  'dankeschoen',
  'gerne',
  'hat',
  'dem',
  'den',
  'des',
  'nach',
  'bei',
  'gestern',
  'heute',
  'morgen',
  'schreib',
  'erzaehl',
  'spiel',
  'wetter',
  'abbestellen',
  'kaputt',
  'geld',
  'zahlung',
  'ruecksendung',
  'erstattung',
  'liefert',
  'schicken',
  'brauche',
]);
const EN_WORDS = new Set([
  'the',
  'my',
  'is',
  'i',
  'you',
  'to',
  'and',
  'of',
  'it',
  'for',
  'me',
  'where',
  'what',
  'how',
  'can',
  'please',
  'order',
  'your',
  'do',
  'a',
  'on',
  'with',
  'this',
  'that',
  'want',
  'when',
  'have',
  'not',
]);

/** How sure the detector is: 'evidence' when the text itself decided, 'default' when it fell back. */
export interface Detected {
  locale: Locale;
  basis: 'evidence' | 'default';
}

/**
 * Detects the language from the text itself (clients may send a wrong locale). Order: Han script
 * -> zh; Vietnamese letters or words -> vi; German letters or function words -> de; English
 * function words -> en; otherwise the given fallback.
 * @example detectLanguage('don hang cua toi dau', 'en').locale // 'vi'
 */
export function detectLanguage(text: string, fallback: Locale = 'en'): Detected {
  if (hasHan(text)) return { locale: 'zh', basis: 'evidence' };
  const lower = text.normalize('NFC').toLowerCase();
  if (VI_LETTERS.test(lower)) return { locale: 'vi', basis: 'evidence' };
  const folded = ` ${fold(lower)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  const tokens = folded.trim().split(' ').filter(Boolean);
  let vi = VI_PHRASES.filter((p) => folded.includes(` ${p} `)).length * 2;
  let de = DE_LETTERS.test(lower) ? 2 : 0;
  let en = 0;
  for (const t of tokens) {
    if (VI_WORDS.has(t)) vi += 1;
    if (DE_WORDS.has(t)) de += 1;
    if (EN_WORDS.has(t)) en += 1;
  }
  if (VI_SHARED.test(lower) && de === 0) vi += 2;
  if (vi >= 2 && vi > de && vi > en) return { locale: 'vi', basis: 'evidence' };
  if (de >= 1 && de > en) return { locale: 'de', basis: 'evidence' };
  if (en >= 1) return { locale: 'en', basis: 'evidence' };
  return { locale: fallback, basis: 'default' };
}
