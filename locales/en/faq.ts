import type { FaqText } from '../pack-types';

/** The help centre's starting categories (id -> name); admins manage them from there on. */
export const faq: FaqText = {
  categories: {
    orders: 'Orders',
    shipping: 'Shipping and delivery',
    'returns-refunds': 'Returns and refunds',
    payment: 'Payment',
    account: 'Your account',
    privacy: 'Privacy',
  },
};
