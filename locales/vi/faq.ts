import type { FaqText } from '../pack-types';

/** The help centre's starting categories (id -> name); admins manage them from there on. */
export const faq: FaqText = {
  categories: {
    orders: 'Đơn hàng',
    shipping: 'Vận chuyển và giao hàng',
    'returns-refunds': 'Đổi trả và hoàn tiền',
    payment: 'Thanh toán',
    account: 'Tài khoản',
    privacy: 'Quyền riêng tư',
  },
};
