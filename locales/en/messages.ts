import type { MessagesText } from '../pack-types';

/** English: the order-update messages. */
export const messages: MessagesText = {
  greeting: 'Hello {name},',
  greetingNoName: 'Hello,',
  kinds: {
    shipped: {
      subject: 'Your order {order} is on its way',
      paragraphs: [
        'Good news: we handed your order {order} to {carrier}.',
        'Tracking number: {tracking}.',
        'We expect it to arrive by {date}.',
      ],
    },
    delayed: {
      subject: 'Your order {order} is delayed',
      paragraphs: [
        'We are sorry: your order {order} is running late.',
        'The new expected delivery date is {date}.',
        'We are chasing the carrier and will tell you as soon as it moves. If this causes you trouble, a person on our team is happy to help.',
      ],
    },
    out_for_delivery: {
      subject: 'Your order {order} arrives today',
      paragraphs: ['The driver has your order {order} and will deliver it today.'],
    },
    delivery_attempted: {
      subject: 'We missed you: order {order}',
      paragraphs: [
        'The driver tried to deliver your order {order} but nobody was in.',
        'What happens next: the carrier tries again on the next working day, or you can collect it at {location}. Bring an ID and your order number.',
      ],
    },
    delivered: {
      subject: 'Your order {order} was delivered',
      paragraphs: ['Your order {order} was delivered. We hope you enjoy it!'],
    },
    refund_issued: {
      subject: 'Refund for order {order}',
      paragraphs: [
        'We have refunded {amount} for your order {order} to your original payment method.',
        'It can take a few working days to show on your statement.',
      ],
    },
  },
  links: {
    track: 'Track your parcel',
    order: 'See your order',
    delayHelp: 'What to do about a late order',
    person: 'Talk to a person',
  },
  signature: 'Your customer service team',
  footer: 'You get this email because you asked to be told when your orders change.',
  unsubscribe: 'Stop order update emails',
  unsubscribePage: {
    title: 'Order update emails',
    confirm: 'Stop emails about changes to your orders?',
    button: 'Stop these emails',
    done: 'Done: you will no longer get emails about changes to your orders. You can turn them back on in your profile.',
    invalid: 'This link is not valid. You can change your email settings in your profile.',
  },
  ticketReply: {
    subject: 'A reply to your request {ticket}',
    paragraphs: ['Our team has answered your request {ticket}:'],
    link: 'Read the conversation and answer',
    footer: 'You get this email because you asked our team for help.',
  },
};
