import type { OrdersText } from '../pack-types';

/** German: what each order step means for the customer, and why a cancel is refused. */
export const orders: OrdersText = {
  status: {
    placed: {
      title: 'Bestellung aufgegeben',
      done: 'Wir haben Ihre Bestellung erhalten und Ihnen eine Bestätigung geschickt.',
    },
    paid: { title: 'Zahlung bestätigt', done: 'Ihre Zahlung ist eingegangen; wir haben Ihre Artikel reserviert.' },
    packed: { title: 'Verpackt', done: 'Wir haben Ihre Artikel verpackt und den Versand beauftragt.' },
    shipped: { title: 'Versandt', done: 'Wir haben Ihr Paket an {carrier} übergeben (Sendungsnummer {tracking}).' },
    delayed: {
      title: 'Verspätet',
      done: 'Ihr Paket verspätet sich. Wir haken beim Versanddienst nach und erwarten es bis {date}.',
    },
    out_for_delivery: { title: 'In Zustellung', done: 'Der Zusteller hat Ihr Paket und liefert es heute aus.' },
    delivery_attempted: {
      title: 'Zustellversuch',
      done: 'Der Zusteller hat Sie nicht angetroffen. Er versucht es erneut oder hinterlegt es bei {location}.',
    },
    delivered: { title: 'Zugestellt', done: 'Ihr Paket wurde zugestellt. Viel Freude damit!' },
    cancelled: {
      title: 'Storniert',
      done: 'Wir haben Ihre Bestellung storniert; bereits gezahlte Beträge erstatten wir auf Ihr Zahlungsmittel.',
    },
    returned: { title: 'Zurückgesandt', done: 'Wir haben Ihre Rücksendung erhalten und Ihnen den Betrag erstattet.' },
  },
  cancelRefused: {
    shipped:
      'Diese Bestellung ist bereits versandt und kann nicht mehr storniert werden. Sie können sie nach Erhalt zurücksenden.',
    delivered:
      'Diese Bestellung wurde zugestellt und kann nicht mehr storniert werden. Sie können sie stattdessen zurücksenden.',
    closed: 'Diese Bestellung ist abgeschlossen und kann nicht mehr storniert werden.',
  },
  returnStep: {
    return_requested: { title: 'Rücksendung angefragt', done: 'Sie möchten Artikel zurücksenden (Rücksendung {rma}).' },
    return_label_issued: {
      title: 'Rücksendeetikett bereit',
      done: 'Ihr Rücksendeetikett für {rma} ist bereit: ausdrucken, auf das Paket kleben und abgeben.',
    },
    return_received: {
      title: 'Rücksendung eingegangen',
      done: 'Wir haben Ihre Rücksendung ({rma}) erhalten und prüfen die Artikel.',
    },
    refund_issued: {
      title: 'Betrag erstattet',
      done: 'Wir haben Ihnen die zurückgesandten Artikel ({rma}) auf Ihr Zahlungsmittel erstattet.',
    },
  },
  returnReason: {
    damaged: 'Beschädigt angekommen',
    wrong_item: 'Falscher Artikel',
    not_as_described: 'Entspricht nicht der Beschreibung',
    does_not_fit: 'Passt nicht',
    changed_mind: 'Gefällt mir nicht mehr',
    other: 'Anderer Grund',
  },
  returnRefused: {
    notDelivered:
      'Diese Bestellung ist noch nicht zugestellt. Sie können Artikel zurücksenden, sobald sie angekommen sind.',
    windowClosed:
      'Die Rückgabefrist von {days} Tagen für diese Bestellung endete am {date}. Eine Mitarbeiterin oder ein Mitarbeiter kann sich den Fall trotzdem ansehen.',
    notReturnable:
      '{item} ist von der Rückgabe ausgeschlossen. Ist damit etwas nicht in Ordnung, helfen wir Ihnen persönlich.',
    alreadyReturned: 'Sie haben bereits alle {item} dieser Bestellung zurückgesandt.',
    unknownItem: 'Diesen Artikel gibt es in dieser Bestellung nicht.',
    tooMany: 'Sie haben weniger {item} gekauft.',
  },
  addressRefused: {
    packed:
      'Diese Bestellung ist bereits verpackt, die Lieferadresse kann sich nicht mehr ändern. Wir können beim Versanddienst nachfragen.',
    shipped:
      'Diese Bestellung ist bereits versandt, die Lieferadresse kann sich nicht mehr ändern. Beim Versanddienst können Sie die Sendung eventuell umleiten.',
    closed: 'Diese Bestellung ist abgeschlossen, die Lieferadresse kann sich nicht mehr ändern.',
  },
  invoiceRefused: {
    notPaid:
      'Diese Bestellung ist noch nicht bezahlt, daher gibt es noch keine Rechnung. Sie steht bereit, sobald die Zahlung bestätigt ist.',
    cancelled: 'Diese Bestellung wurde storniert, daher gibt es keine Rechnung.',
    issued: 'Die Rechnung wurde bereits ausgestellt; Firmenname und USt-IdNr. können sich nicht mehr ändern.',
  },
  invoice: {
    title: 'Rechnung',
    number: 'Rechnungsnummer',
    order: 'Bestellung',
    date: 'Datum',
    billedTo: 'Rechnungsempfänger',
    vatId: 'USt-IdNr.',
    item: 'Artikel',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    amount: 'Betrag',
    total: 'Gesamt',
    paid: 'Vollständig bezahlt. Vielen Dank.',
    thanks: 'Fragen zu dieser Rechnung? Schreiben Sie uns im Portal unter Hilfe oder im Chat.',
  },
  problem: {
    photos: 'Fotos',
    ticketReason: '{kind}: Bestellung {order}',
    kind: {
      damaged: 'Artikel beschädigt angekommen',
      wrong_item: 'Falschen Artikel erhalten',
      missing_parts: 'Teile fehlen',
    },
  },
  photos: {
    tooLarge: 'Ein Foto darf höchstens {max} MB groß sein.',
    tooMany:
      'Sie haben für diese Bestellung schon {n} Fotos gesendet. Bitte beschreiben Sie den Rest in Worten oder sprechen Sie mit uns.',
    wrongType: 'Bitte senden Sie ein Foto als JPEG, PNG oder WebP.',
    unknown: 'Dieses Foto kennen wir nicht. Bitte fügen Sie es noch einmal hinzu.',
    notUploaded: 'Dieses Foto wurde nicht vollständig hochgeladen. Bitte fügen Sie es noch einmal hinzu.',
  },
};
