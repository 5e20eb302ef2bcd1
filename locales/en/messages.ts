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
    nps_invite: {
      subject: 'How was your order {order}?',
      paragraphs: [
        'Your order {order} arrived a few days ago. We would like to know how it went.',
        'How likely are you to recommend us to a friend or colleague? Choose a number below; on the page it opens you can add why, then send it.',
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
  survey: {
    scale: '0 = not at all likely, 10 = extremely likely',
    page: {
      title: 'How did we do?',
      question: 'How likely are you to recommend us to a friend or colleague?',
      low: '0: not at all likely',
      high: '10: extremely likely',
      why: 'What is the main reason for your score? (optional)',
      send: 'Send my answer',
      thanks: 'Thank you! Your answer helps us get better.',
      answered: 'You have already answered for this order. Thank you!',
      invalid: 'This link is not valid or has expired.',
    },
  },
  ticketReply: {
    subject: 'A reply to your request {ticket}',
    paragraphs: ['Our team has answered your request {ticket}:'],
    link: 'Read the conversation and answer',
    footer: 'You get this email because you asked our team for help.',
  },
};
