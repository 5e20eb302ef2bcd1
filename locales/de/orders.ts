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
};
