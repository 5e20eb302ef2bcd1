import type { FaqText } from '../pack-types';

/** The help centre's starting categories (id -> name); admins manage them from there on. */
export const faq: FaqText = {
  categories: {
    orders: '訂單',
    shipping: '運送與配送',
    'returns-refunds': '退貨與退款',
    payment: '付款',
    account: '您的帳戶',
    privacy: '隱私',
  },
};
