import type { FaqText } from '../pack-types';

/** The help centre's starting categories (id -> name); admins manage them from there on. */
export const faq: FaqText = {
  categories: {
    orders: 'Bestellungen',
    shipping: 'Versand und Lieferung',
    'returns-refunds': 'Rücksendungen und Erstattungen',
    payment: 'Zahlung',
    account: 'Ihr Konto',
    privacy: 'Datenschutz',
  },
};
