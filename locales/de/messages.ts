import type { MessagesText } from '../pack-types';

/** German: the order-update messages. */
export const messages: MessagesText = {
  greeting: 'Hallo {name},',
  greetingNoName: 'Hallo,',
  kinds: {
    shipped: {
      subject: 'Ihre Bestellung {order} ist unterwegs',
      paragraphs: [
        'Gute Nachricht: Wir haben Ihre Bestellung {order} an {carrier} übergeben.',
        'Sendungsnummer: {tracking}.',
        'Wir erwarten die Zustellung bis {date}.',
      ],
    },
    delayed: {
      subject: 'Ihre Bestellung {order} verspätet sich',
      paragraphs: [
        'Es tut uns leid: Ihre Bestellung {order} verspätet sich.',
        'Das neue voraussichtliche Lieferdatum ist der {date}.',
        'Wir haken beim Versanddienst nach und melden uns, sobald es weitergeht. Wenn Ihnen das Probleme bereitet, hilft Ihnen gern jemand aus unserem Team.',
      ],
    },
    out_for_delivery: {
      subject: 'Ihre Bestellung {order} kommt heute',
      paragraphs: ['Der Zusteller hat Ihre Bestellung {order} und liefert sie heute aus.'],
    },
    delivery_attempted: {
      subject: 'Wir haben Sie verpasst: Bestellung {order}',
      paragraphs: [
        'Der Zusteller wollte Ihre Bestellung {order} liefern, hat Sie aber nicht angetroffen.',
        'So geht es weiter: Der Versanddienst versucht es am nächsten Werktag erneut, oder Sie holen das Paket bei {location} ab. Bringen Sie einen Ausweis und Ihre Bestellnummer mit.',
      ],
    },
    delivered: {
      subject: 'Ihre Bestellung {order} wurde zugestellt',
      paragraphs: ['Ihre Bestellung {order} wurde zugestellt. Viel Freude damit!'],
    },
    refund_issued: {
      subject: 'Erstattung für Bestellung {order}',
      paragraphs: [
        'Wir haben {amount} für Ihre Bestellung {order} auf Ihr ursprüngliches Zahlungsmittel erstattet.',
        'Es kann einige Werktage dauern, bis der Betrag auf Ihrem Konto erscheint.',
      ],
    },
    nps_invite: {
      subject: 'Wie war Ihre Bestellung {order}?',
      paragraphs: [
        'Ihre Bestellung {order} ist vor ein paar Tagen angekommen. Wir möchten gern wissen, wie es gelaufen ist.',
        'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen? Wählen Sie unten eine Zahl; auf der Seite, die sich öffnet, können Sie einen Grund ergänzen und dann senden.',
      ],
    },
  },
  links: {
    track: 'Sendung verfolgen',
    order: 'Bestellung ansehen',
    delayHelp: 'Was tun bei Verspätung',
    person: 'Mit einem Menschen sprechen',
  },
  signature: 'Ihr Kundenservice',
  footer: 'Sie erhalten diese E-Mail, weil Sie über Änderungen an Ihren Bestellungen informiert werden möchten.',
  unsubscribe: 'Keine E-Mails zu Bestellungen mehr',
  unsubscribePage: {
    title: 'E-Mails zu Bestellungen',
    confirm: 'Keine E-Mails mehr zu Änderungen an Ihren Bestellungen?',
    button: 'E-Mails abbestellen',
    done: 'Erledigt: Sie erhalten keine E-Mails mehr zu Änderungen an Ihren Bestellungen. In Ihrem Profil können Sie sie wieder einschalten.',
    invalid: 'Dieser Link ist ungültig. Ihre E-Mail-Einstellungen ändern Sie in Ihrem Profil.',
  },
  survey: {
    scale: '0 = sehr unwahrscheinlich, 10 = sehr wahrscheinlich',
    page: {
      title: 'Wie waren wir?',
      question: 'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?',
      low: '0: sehr unwahrscheinlich',
      high: '10: sehr wahrscheinlich',
      why: 'Was ist der wichtigste Grund für Ihre Bewertung? (freiwillig)',
      send: 'Antwort senden',
      thanks: 'Vielen Dank! Ihre Antwort hilft uns, besser zu werden.',
      answered: 'Sie haben für diese Bestellung schon geantwortet. Vielen Dank!',
      invalid: 'Dieser Link ist ungültig oder abgelaufen.',
    },
  },
  ticketReply: {
    subject: 'Antwort auf Ihre Anfrage {ticket}',
    paragraphs: ['Unser Team hat auf Ihre Anfrage {ticket} geantwortet:'],
    link: 'Gespräch lesen und antworten',
    footer: 'Sie erhalten diese E-Mail, weil Sie unser Team um Hilfe gebeten haben.',
  },
};
