import type { ProfileRecord } from '../../profile/domain/profile';

/** Demo accounts (DESIGN.md). Fixed subjects keep seeding idempotent across restarts. */
export interface DemoAccount {
  email: string;
  sub: string;
  groups: string[];
  profile?: Omit<ProfileRecord, 'customerId' | 'email'>;
}

const prefs = (newsletter: boolean) => ({ newsletter, contactChannel: 'email' as const, orderUpdates: true });

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@example.com', sub: '00000000-0000-4000-8000-000000000001', groups: ['admins'] },
  { email: 'agent@example.com', sub: '00000000-0000-4000-8000-000000000002', groups: ['agents'] },
  {
    email: 'ana@example.com',
    sub: '00000000-0000-4000-8000-000000000011',
    groups: [],
    profile: {
      name: 'Ana Souza',
      locale: 'en',
      preferences: prefs(true),
      customerSince: '2023-03-14T10:00:00.000Z',
      specialDates: [
        { kind: 'birthday', date: '1990-06-21' },
        { kind: 'anniversary', date: '03-14', label: 'Customer anniversary' },
      ],
    },
  },
  {
    email: 'ben@example.com',
    sub: '00000000-0000-4000-8000-000000000012',
    groups: [],
    profile: {
      name: 'Ben Carter',
      locale: 'en',
      preferences: prefs(false),
      customerSince: '2025-09-02T10:00:00.000Z',
      specialDates: [],
    },
  },
  {
    email: 'lena@example.de',
    sub: '00000000-0000-4000-8000-000000000013',
    groups: [],
    profile: {
      name: 'Lena Müller',
      locale: 'de',
      preferences: prefs(true),
      customerSince: '2024-01-20T10:00:00.000Z',
      specialDates: [{ kind: 'birthday', date: '1985-11-25' }],
    },
  },
  {
    email: 'minh@example.vn',
    sub: '00000000-0000-4000-8000-000000000014',
    groups: [],
    profile: {
      name: 'Nguyễn Văn Minh',
      locale: 'vi',
      preferences: prefs(false),
      customerSince: '2025-05-05T10:00:00.000Z',
      specialDates: [{ kind: 'birthday', date: '02-29' }],
    },
  },
  {
    email: 'mei@example.tw',
    sub: '00000000-0000-4000-8000-000000000015',
    groups: [],
    profile: {
      name: '林美',
      locale: 'zh',
      preferences: prefs(true),
      customerSince: '2022-12-01T10:00:00.000Z',
      specialDates: [],
    },
  },
];
