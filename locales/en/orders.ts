import type { OrdersText } from '../pack-types';

/** English: what each order step means for the customer, and why a cancel is refused. */
export const orders: OrdersText = {
  status: {
    placed: { title: 'Order placed', done: 'We received your order and sent you a confirmation.' },
    paid: { title: 'Payment confirmed', done: 'Your payment went through; we reserved your items.' },
    packed: { title: 'Packed', done: 'We picked and packed your items and booked the courier.' },
    shipped: { title: 'Shipped', done: 'We handed your parcel to {carrier} (tracking {tracking}).' },
    delayed: {
      title: 'Delayed',
      done: 'Your parcel is running late. We are chasing the carrier and expect it by {date}.',
    },
    out_for_delivery: { title: 'Out for delivery', done: 'The courier has your parcel and is delivering it today.' },
    delivery_attempted: {
      title: 'Delivery attempted',
      done: 'The courier tried to deliver but nobody was in. They will try again or leave it at {location}.',
    },
    delivered: { title: 'Delivered', done: 'Your parcel was delivered. Enjoy!' },
    cancelled: {
      title: 'Cancelled',
      done: 'We cancelled your order; any payment is refunded to your original payment method.',
    },
    returned: { title: 'Returned', done: 'We received your return and refunded you.' },
  },
  cancelRefused: {
    shipped: 'This order has already shipped, so it can no longer be cancelled. You can return it once it arrives.',
    delivered: 'This order was delivered, so it can no longer be cancelled. You can return it instead.',
    closed: 'This order is closed and can no longer be cancelled.',
  },
};
