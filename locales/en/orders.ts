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
  returnStep: {
    return_requested: { title: 'Return requested', done: 'You asked to return items (return {rma}).' },
    return_label_issued: {
      title: 'Return label ready',
      done: 'Your return label for {rma} is ready: print it, stick it on the parcel and drop it off.',
    },
    return_received: {
      title: 'Return received',
      done: 'We received your returned items ({rma}) and are checking them.',
    },
    refund_issued: {
      title: 'Refund issued',
      done: 'We refunded your returned items ({rma}) to your original payment method.',
    },
  },
  returnReason: {
    damaged: 'Arrived damaged',
    wrong_item: 'Wrong item',
    not_as_described: 'Not as described',
    does_not_fit: 'Does not fit',
    changed_mind: 'Changed my mind',
    other: 'Other reason',
  },
  returnRefused: {
    notDelivered: 'This order has not been delivered yet. You can return items once they arrive.',
    windowClosed:
      'The return window of {days} days for this order closed on {date}. A person can still look at it for you.',
    notReturnable: '{item} cannot be returned. A person can help if something is wrong with it.',
    alreadyReturned: 'You have already returned every {item} of this order.',
    unknownItem: 'This order has no such item.',
    tooMany: 'You bought fewer of {item} than that.',
  },
  addressRefused: {
    packed: 'This order is already packed, so its delivery address can no longer change. A person can ask the courier.',
    shipped:
      'This order has already shipped, so its delivery address can no longer change. The carrier may let you redirect it.',
    closed: 'This order is closed, so its delivery address can no longer change.',
  },
  invoiceRefused: {
    notPaid: 'This order is not paid yet, so there is no invoice. It is ready as soon as the payment is confirmed.',
    cancelled: 'This order was cancelled, so there is no invoice.',
    issued: 'The invoice has already been issued, so its company name and VAT id can no longer change.',
  },
  invoice: {
    title: 'Invoice',
    number: 'Invoice number',
    order: 'Order',
    date: 'Date',
    billedTo: 'Billed to',
    vatId: 'VAT id',
    item: 'Item',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    amount: 'Amount',
    total: 'Total',
    paid: 'Paid in full. Thank you.',
    thanks: 'Questions about this invoice? Reply in the portal under Help or chat with us.',
  },
  problem: {
    photos: 'Photos',
    ticketReason: '{kind}: order {order}',
    kind: { damaged: 'Item arrived damaged', wrong_item: 'Wrong item received', missing_parts: 'Parts missing' },
  },
  photos: {
    tooLarge: 'A photo may be up to {max} MB.',
    tooMany: 'You have sent {n} photos for this order already. Please describe the rest in words, or talk to us.',
    wrongType: 'Please send a JPEG, PNG or WebP photo.',
    unknown: 'We do not know this photo. Please add it again.',
    notUploaded: 'This photo did not finish uploading. Please add it again.',
  },
};
