/**
 * Seed FAQ articles for local development and demos: 17 help topics in English, translated into
 * German, Vietnamese and Chinese (Traditional for orders, shipping and returns; Simplified for the
 * rest). A few translations are missing on purpose so the English fallback shows: `invoice` has no
 * vi or zh, `discount-codes` no zh, `update-email` no vi, `newsletter-unsubscribe` no de.
 */
export type SeedLocale = 'en' | 'de' | 'vi' | 'zh';

export interface SeedArticle {
  slug: string;
  locale: SeedLocale;
  question: string;
  /** Markdown. */
  answer: string;
  /** Language-neutral category id. */
  category: string;
  tags: string[];
}

const en: SeedArticle[] = [
  {
    slug: 'track-order',
    locale: 'en',
    category: 'orders',
    tags: ['tracking', 'order status', 'where is my order'],
    question: 'How can I track my order?',
    answer: `As soon as your order leaves our warehouse we send you a **shipping confirmation email** with a tracking link.

You can also follow your order at any time:

1. Sign in and open [My orders](/en/orders/).
2. Select the order to see its status timeline.
3. Click **Track parcel** to open the carrier's tracking page.

Tracking information can take **up to 24 hours** to appear after dispatch. If the status has not changed for more than 5 business days, contact our support team with your order number and we will check with the carrier.`,
  },
  {
    slug: 'cancel-order',
    locale: 'en',
    category: 'orders',
    tags: ['cancel', 'cancellation', 'stop order'],
    question: 'Can I cancel my order?',
    answer: `Yes, as long as the order has not been handed to the carrier.

- While the status is **Received** or **Processing**, open [My orders](/en/orders/) and click **Cancel order**. You will get a confirmation email straight away.
- Once the status is **Shipped**, cancelling is no longer possible. Refuse the delivery or send the parcel back using our free return process.

Your refund for a cancelled order is issued to the original payment method within **3-5 business days**. If you paid with Klarna, the invoice is cancelled instead. Guest customers can cancel through the order lookup page using their order number and email address.`,
  },
  {
    slug: 'change-order',
    locale: 'en',
    category: 'orders',
    tags: ['edit order', 'change address', 'modify order'],
    question: 'How do I change my order or delivery address after ordering?',
    answer: `We start packing quickly, so changes are only possible while your order is still **Processing**.

- **Delivery address:** until the order is packed, open it in [My orders](/en/orders/) and choose **Change delivery address**. Once it is packed, the order page says so; we cannot redirect a parcel that has already shipped, but you can ask the carrier for a redirection via their tracking page.
- **Items, size or colour:** we cannot edit the items in an order. Cancel the order in [My orders](/en/orders/) and place a new one.
- **Adding items:** place a second order; orders to the same address may arrive together.

Please double-check your address at checkout: the carrier returns parcels with incomplete addresses to us.`,
  },
  {
    slug: 'delivery-times',
    locale: 'en',
    category: 'shipping',
    tags: ['delivery time', 'shipping cost', 'express'],
    question: 'How long does delivery take and how much does shipping cost?',
    answer: `Orders placed on a business day **before 2 pm** leave our warehouse the same day.

| Option | Delivery time | Cost |
|---|---|---|
| Standard | 3-5 business days | €4.95, **free from €50** |
| Express | 1-2 business days | €9.95 |

Delivery times are estimates and can be longer around holidays and sales. Express is not available for bulky items or for delivery to parcel lockers. You will see the expected delivery date at checkout and in your [shipping confirmation](/en/orders/).`,
  },
  {
    slug: 'international-shipping',
    locale: 'en',
    category: 'shipping',
    tags: ['international', 'customs', 'abroad'],
    question: 'Do you ship internationally?',
    answer: `Yes, we deliver to more than **30 countries** in Europe, North America and Asia.

- **Delivery time:** usually 5-10 business days, depending on the destination and customs.
- **Costs:** calculated at checkout from the destination and the weight of your order.
- **Customs and import taxes:** for deliveries outside the EU, duties and import VAT may be charged by the carrier on delivery. They are **not included** in our prices.

Some items, such as batteries and aerosols, cannot be shipped abroad. See the full [list of countries](/en/help/?category=shipping) for restrictions. Returns from outside the EU are possible, but the return shipping is at your own cost.`,
  },
  {
    slug: 'missing-package',
    locale: 'en',
    category: 'shipping',
    tags: ['lost parcel', 'not received', 'delivered but missing'],
    question: 'My package says delivered but I have not received it. What should I do?',
    answer: `Sometimes a parcel is marked as delivered a little before it actually arrives. Please:

1. Wait **48 hours**: carriers occasionally scan parcels early.
2. Check with neighbours, your building's reception and any safe place you named.
3. Look for a delivery note in your letterbox with the pickup point.

Still nothing? [Contact us](/en/help/) within **14 days** of the delivery date with your order number. We open an investigation with the carrier and, if the parcel cannot be found, send you a **replacement or a full refund**. You do not need to file a police report.`,
  },
  {
    slug: 'return-item',
    locale: 'en',
    category: 'returns-refunds',
    tags: ['return', 'exchange', 'return label'],
    question: 'How do I return or exchange an item?',
    answer: `You can return most items within **30 days** of delivery, free of charge.

1. Go to [My orders](/en/orders/), open the delivered order and choose **Return items** (the order shows the last day of its return window).
2. Enter how many of each item you send back, pick a reason, and choose **My money back** (refund) or **The same item again** (exchange).
3. Choose **Get a return label**: the label page opens with your return number (RMA) and its QR code. Print it, or show the QR code at the drop-off point.
4. Pack the items unused, with tags, in the original packaging if possible, and drop the parcel at any carrier location.

Your return shows on the order's status history: requested, label ready, received, refund issued. Not returnable: personalised items, opened hygiene products and gift cards. After the window closes, the order page says so and you can still ask a person in the chat.`,
  },
  {
    slug: 'refund-status',
    locale: 'en',
    category: 'returns-refunds',
    tags: ['refund', 'money back', 'refund time'],
    question: 'When will I get my refund?',
    answer: `We check your return within **5 business days** of receiving it and then issue the refund to your **original payment method**. You get an email when the refund is on its way.

How long it takes to reach you depends on the payment method:

- **PayPal and Klarna:** 1-2 days
- **Credit or debit card:** 3-10 business days, depending on your bank
- **Gift card:** immediately, as store credit

Original shipping costs are refunded only if you return the whole order. If you have not received your refund 14 days after our email, check your [order details](/en/orders/) and contact us.`,
  },
  {
    slug: 'damaged-item',
    locale: 'en',
    category: 'returns-refunds',
    tags: ['damaged', 'defective', 'wrong item'],
    question: 'I received a damaged or wrong item. What now?',
    answer: `We are sorry! Please report it within **14 days** of delivery so we can put it right quickly.

1. Take **photos** of the item, the damage and the packaging (or of the wrong item and its label).
2. Open the order in [My orders](/en/orders/), choose **Report a problem**, pick what is wrong (damaged, wrong item, parts missing) and describe it. This opens a support request with your order attached; an agent answers you there.
3. Choose a **free replacement** or a **full refund**.

For items worth less than €20 you usually do not need to send anything back. For other items we send you a prepaid return label. Defects that appear later are covered by the **two-year legal warranty**.`,
  },
  {
    slug: 'payment-methods',
    locale: 'en',
    category: 'payment',
    tags: ['payment options', 'paypal', 'klarna'],
    question: 'Which payment methods do you accept?',
    answer: `You can pay with:

- **Credit and debit cards:** Visa, Mastercard and American Express
- **PayPal**
- **Apple Pay** and **Google Pay** on supported devices
- **Klarna:** pay later within 30 days, or in 3 interest-free instalments
- **Gift cards**, which can be combined with any other method

Your card is charged when the order ships; until then you may see a pending authorisation. We do not accept cash on delivery or cheques. All payments are processed securely; we never store your full card number. See [payment security](/en/help/?category=payment) for details.`,
  },
  {
    slug: 'payment-declined',
    locale: 'en',
    category: 'payment',
    tags: ['card declined', 'payment failed', 'charged twice'],
    question: 'Why was my payment declined?',
    answer: `A declined payment usually has one of these causes:

- **Card details:** check the number, expiry date and security code (CVC).
- **3-D Secure:** approve the payment in your banking app; the confirmation expires after a few minutes.
- **Limit or funds:** your card's spending limit may be reached.
- **Billing address:** it must match the address your bank has on file.

Try again or choose another payment method. If you see a charge for a failed order or think you were **charged twice**, it is usually a temporary authorisation that your bank releases within **5-7 days**. If it does not disappear, [contact us](/en/help/) with a screenshot.`,
  },
  {
    slug: 'discount-codes',
    locale: 'en',
    category: 'payment',
    tags: ['promo code', 'voucher', 'coupon'],
    question: 'How do I use a discount code?',
    answer: `Enter your code in the **Discount code** field at checkout and click **Apply**. The discount is shown before you pay.

If the code does not work, check that:

- it has not **expired** and you typed it exactly (no spaces);
- your basket reaches the **minimum order value**;
- the items are not excluded: sale items and gift cards usually are;
- you are not combining codes: only **one code per order** is allowed.

Codes cannot be added to an order after it has been placed. Newsletter codes are personal and can be used once. Read the [promotion terms](/en/help/?category=payment) for details.`,
  },
  {
    slug: 'invoice',
    locale: 'en',
    category: 'payment',
    tags: ['invoice', 'receipt', 'vat'],
    question: 'Where can I find my invoice?',
    answer: `Every paid order has its invoice as a **PDF**, in the language of your account. Download it at any time:

1. Open [My orders](/en/orders/).
2. Select the order.
3. Under **What you can do**, open **Download invoice** and click **Download invoice**.

**Business customers:** before the first download, open *Invoice for a business* on the same order and enter your company name and **VAT ID**; the first download fixes them on the invoice. We can correct the invoice address within **30 days** of the invoice date; send your request with the order number to support. For partial returns you receive a separate **credit note**.`,
  },
  {
    slug: 'reset-password',
    locale: 'en',
    category: 'account',
    tags: ['forgot password', 'login problem', 'sign in'],
    question: 'I forgot my password. How do I reset it?',
    answer: `1. On the [sign-in page](/en/signin/), click **Forgot password?**
2. Enter the email address of your account.
3. Open the email we send you and click the link: it is valid for **60 minutes**.
4. Choose a new password with at least 10 characters.

No email? Check your spam folder and make sure you used the address you registered with. After **5 failed sign-in attempts** your account is locked for 15 minutes for your security. If you still cannot sign in, contact support: we will never ask for your password.`,
  },
  {
    slug: 'update-email',
    locale: 'en',
    category: 'account',
    tags: ['change email', 'account details', 'profile'],
    question: 'How do I change the email address or details on my account?',
    answer: `Sign in and open **Account settings > Profile**. There you can change your name, phone number, date of birth and **email address**.

When you change your email address we send a **confirmation link** to the new address. The change only takes effect after you click it, and we also notify your old address for security.

Your order history, saved addresses and gift card balance stay in your account. To change a saved delivery address, go to **Account settings > Addresses**. See [managing your account](/en/help/?category=account) for more.`,
  },
  {
    slug: 'delete-account',
    locale: 'en',
    category: 'privacy',
    tags: ['delete account', 'personal data', 'gdpr'],
    question: 'How do I delete my account and personal data?',
    answer: `You can delete your account yourself under **Account settings > Privacy > Delete account**, or email [privacy@example.com](mailto:privacy@example.com).

- We delete your profile, addresses and preferences within **30 days**.
- **Invoices and order records** are kept for **10 years**, as tax law requires, and then deleted.
- Open orders and returns must be completed first.

Before deleting, you can use **Download my data** to get a copy of everything we store about you (GDPR data access). Deleting your account also unsubscribes you from all newsletters. Read our [privacy policy](/en/help/?category=privacy) for details.`,
  },
  {
    slug: 'newsletter-unsubscribe',
    locale: 'en',
    category: 'privacy',
    tags: ['newsletter', 'unsubscribe', 'marketing emails'],
    question: 'How do I unsubscribe from the newsletter?',
    answer: `Click **Unsubscribe** at the bottom of any newsletter, or sign in and untick the newsletter under **Account settings > Communication preferences**.

- The change takes effect within **48 hours**; an email already scheduled may still arrive.
- You will still receive **service emails** about your orders, returns and account, because we need to send them.
- You can subscribe again at any time.

If you keep receiving marketing emails after 48 hours, forward one of them to [privacy@example.com](mailto:privacy@example.com) and we will remove the address manually.`,
  },
];

const de: SeedArticle[] = [
  {
    slug: 'track-order',
    locale: 'de',
    category: 'orders',
    tags: ['Sendungsverfolgung', 'Bestellstatus', 'Paket verfolgen'],
    question: 'Wie kann ich meine Bestellung verfolgen?',
    answer: `Sobald Ihre Bestellung unser Lager verlässt, senden wir Ihnen eine **Versandbestätigung per E-Mail** mit einem Link zur Sendungsverfolgung.

Sie können Ihre Bestellung auch jederzeit selbst verfolgen:

1. Melden Sie sich an und öffnen Sie [Meine Bestellungen](/de/orders/).
2. Wählen Sie die Bestellung aus, um den Statusverlauf zu sehen.
3. Klicken Sie auf **Paket verfolgen**, um die Seite des Versanddienstleisters zu öffnen.

Die Sendungsdaten können **bis zu 24 Stunden** nach dem Versand erscheinen. Ändert sich der Status länger als 5 Werktage nicht, kontaktieren Sie unseren Kundenservice mit Ihrer Bestellnummer.`,
  },
  {
    slug: 'cancel-order',
    locale: 'de',
    category: 'orders',
    tags: ['stornieren', 'Stornierung', 'Bestellung abbrechen'],
    question: 'Kann ich meine Bestellung stornieren?',
    answer: `Ja, solange die Bestellung noch nicht an den Versanddienstleister übergeben wurde.

- Solange der Status **Eingegangen** oder **In Bearbeitung** lautet, öffnen Sie [Meine Bestellungen](/de/orders/) und klicken auf **Bestellung stornieren**. Sie erhalten sofort eine Bestätigung per E-Mail.
- Ist der Status **Versandt**, ist keine Stornierung mehr möglich. Verweigern Sie die Annahme oder senden Sie das Paket über unsere kostenlose Rücksendung zurück.

Der Betrag wird innerhalb von **3-5 Werktagen** auf das ursprüngliche Zahlungsmittel erstattet. Bei Zahlung mit Klarna wird die Rechnung storniert. Gäste stornieren über die Bestellsuche mit Bestellnummer und E-Mail-Adresse.`,
  },
  {
    slug: 'change-order',
    locale: 'de',
    category: 'orders',
    tags: ['Bestellung ändern', 'Lieferadresse ändern', 'Adresse'],
    question: 'Wie ändere ich meine Bestellung oder die Lieferadresse nach der Bestellung?',
    answer: `Wir beginnen schnell mit dem Verpacken. Änderungen sind daher nur möglich, solange Ihre Bestellung **In Bearbeitung** ist.

- **Lieferadresse:** Kontaktieren Sie den Kundenservice innerhalb von 60 Minuten nach der Bestellung mit Bestellnummer und neuer Adresse. Bereits versandte Pakete können Sie über die Seite der Sendungsverfolgung beim Versanddienstleister umleiten lassen.
- **Artikel, Größe oder Farbe:** Artikel in einer Bestellung können wir nicht ändern. Stornieren Sie die Bestellung unter [Meine Bestellungen](/de/orders/) und bestellen Sie neu.
- **Artikel hinzufügen:** Geben Sie eine zweite Bestellung auf.

Bitte prüfen Sie Ihre Anschrift an der Kasse: Pakete mit unvollständiger Adresse gehen an uns zurück.`,
  },
  {
    slug: 'delivery-times',
    locale: 'de',
    category: 'shipping',
    tags: ['Lieferzeit', 'Versandkosten', 'Expressversand'],
    question: 'Wie lange dauert die Lieferung und was kostet der Versand?',
    answer: `Bestellungen, die an einem Werktag **vor 14 Uhr** eingehen, verlassen unser Lager noch am selben Tag.

| Versandart | Lieferzeit | Kosten |
|---|---|---|
| Standard | 3-5 Werktage | 4,95 €, **kostenlos ab 50 €** |
| Express | 1-2 Werktage | 9,95 € |

Die Lieferzeiten sind Schätzungen und können rund um Feiertage und Sale-Aktionen länger sein. Expressversand ist für sperrige Artikel und Lieferungen an Packstationen nicht möglich. Das voraussichtliche Lieferdatum sehen Sie an der Kasse und in Ihrer [Versandbestätigung](/de/orders/).`,
  },
  {
    slug: 'international-shipping',
    locale: 'de',
    category: 'shipping',
    tags: ['Auslandsversand', 'Zoll', 'international'],
    question: 'Liefern Sie auch ins Ausland?',
    answer: `Ja, wir liefern in mehr als **30 Länder** in Europa, Nordamerika und Asien.

- **Lieferzeit:** meist 5-10 Werktage, abhängig vom Zielland und vom Zoll.
- **Kosten:** werden an der Kasse nach Zielland und Gewicht berechnet.
- **Zoll und Einfuhrsteuern:** Bei Lieferungen außerhalb der EU kann der Zusteller bei der Übergabe Zollgebühren und Einfuhrumsatzsteuer verlangen. Diese sind **nicht in unseren Preisen enthalten**.

Manche Artikel, etwa Batterien und Spraydosen, dürfen nicht ins Ausland verschickt werden. Die [Länderliste](/de/help/?category=shipping) nennt alle Einschränkungen. Rücksendungen aus Ländern außerhalb der EU sind möglich, das Porto tragen Sie selbst.`,
  },
  {
    slug: 'missing-package',
    locale: 'de',
    category: 'shipping',
    tags: ['Paket verloren', 'nicht angekommen', 'zugestellt aber nicht erhalten'],
    question: 'Mein Paket wird als zugestellt angezeigt, ist aber nicht angekommen. Was tun?',
    answer: `Manchmal wird ein Paket als zugestellt markiert, kurz bevor es tatsächlich ankommt. Bitte:

1. Warten Sie **48 Stunden**: Zusteller scannen Pakete gelegentlich zu früh.
2. Fragen Sie bei Nachbarn und am Empfang nach und prüfen Sie Ihren Ablageort.
3. Sehen Sie im Briefkasten nach einer Benachrichtigungskarte mit der Abholfiliale.

Immer noch nichts? [Kontaktieren Sie uns](/de/help/) innerhalb von **14 Tagen** nach dem Zustelldatum mit Ihrer Bestellnummer. Wir stellen einen Nachforschungsauftrag beim Versanddienstleister und schicken Ihnen, falls das Paket verschollen bleibt, **Ersatz oder erstatten den vollen Betrag**.`,
  },
  {
    slug: 'return-item',
    locale: 'de',
    category: 'returns-refunds',
    tags: ['Rücksendung', 'Umtausch', 'Retourenschein'],
    question: 'Wie kann ich einen Artikel zurücksenden oder umtauschen?',
    answer: `Die meisten Artikel können Sie innerhalb von **30 Tagen** nach Erhalt kostenlos zurücksenden.

1. Öffnen Sie [Meine Bestellungen](/de/orders/) und wählen Sie **Artikel zurücksenden**.
2. Wählen Sie die Artikel und einen Grund. Für einen **Umtausch** in eine andere Größe oder Farbe wählen Sie *Umtausch* statt *Erstattung*.
3. Drucken Sie das kostenlose Retourenetikett aus oder zeigen Sie den QR-Code in der Filiale.
4. Verpacken Sie die Ware unbenutzt und mit Etiketten, möglichst in der Originalverpackung, und geben Sie das Paket beim Versanddienstleister ab.

Ausgeschlossen sind personalisierte Artikel, geöffnete Hygieneartikel und Geschenkkarten.`,
  },
  {
    slug: 'refund-status',
    locale: 'de',
    category: 'returns-refunds',
    tags: ['Erstattung', 'Rückerstattung', 'Geld zurück'],
    question: 'Wann bekomme ich mein Geld zurück?',
    answer: `Wir prüfen Ihre Rücksendung innerhalb von **5 Werktagen** nach Eingang und erstatten den Betrag dann auf Ihr **ursprüngliches Zahlungsmittel**. Sie erhalten eine E-Mail, sobald die Rückerstattung veranlasst ist.

Wie lange es dauert, hängt von der Zahlungsart ab:

- **PayPal und Klarna:** 1-2 Tage
- **Kredit- oder Debitkarte:** 3-10 Werktage, je nach Bank
- **Geschenkkarte:** sofort als Guthaben

Die ursprünglichen Versandkosten erstatten wir nur, wenn Sie die gesamte Bestellung zurücksenden. Ist die Erstattung 14 Tage nach unserer E-Mail nicht da, prüfen Sie die [Bestelldetails](/de/orders/) und kontaktieren Sie uns.`,
  },
  {
    slug: 'damaged-item',
    locale: 'de',
    category: 'returns-refunds',
    tags: ['beschädigt', 'defekt', 'falscher Artikel'],
    question: 'Ich habe einen beschädigten oder falschen Artikel erhalten. Was nun?',
    answer: `Das tut uns leid! Bitte melden Sie es innerhalb von **14 Tagen** nach der Lieferung, damit wir es schnell in Ordnung bringen.

1. Machen Sie **Fotos** vom Artikel, vom Schaden und von der Verpackung (oder vom falschen Artikel und seinem Etikett).
2. Öffnen Sie die Bestellung unter [Meine Bestellungen](/de/orders/) und wählen Sie **Problem melden**, oder senden Sie die Fotos an den Kundenservice.
3. Wählen Sie **kostenlosen Ersatz** oder eine **volle Erstattung**.

Bei Artikeln unter 20 € müssen Sie meist nichts zurückschicken. Für andere Artikel erhalten Sie ein kostenloses Rücksendeetikett. Später auftretende Mängel deckt die **zweijährige gesetzliche Gewährleistung** ab.`,
  },
  {
    slug: 'payment-methods',
    locale: 'de',
    category: 'payment',
    tags: ['Zahlungsarten', 'PayPal', 'Rechnungskauf'],
    question: 'Welche Zahlungsarten akzeptieren Sie?',
    answer: `Sie können bezahlen mit:

- **Kredit- und Debitkarten:** Visa, Mastercard und American Express
- **PayPal**
- **Apple Pay** und **Google Pay** auf unterstützten Geräten
- **Klarna:** Kauf auf Rechnung mit 30 Tagen Zahlungsziel oder in 3 zinsfreien Raten
- **Geschenkkarten**, kombinierbar mit jeder anderen Zahlungsart

Ihre Karte wird belastet, wenn die Bestellung versandt wird; bis dahin sehen Sie eventuell eine vorläufige Reservierung. Nachnahme und Schecks akzeptieren wir nicht. Alle Zahlungen werden sicher verarbeitet; Ihre vollständige Kartennummer speichern wir nie. Mehr unter [Zahlungssicherheit](/de/help/?category=payment).`,
  },
  {
    slug: 'payment-declined',
    locale: 'de',
    category: 'payment',
    tags: ['Zahlung abgelehnt', 'Karte abgelehnt', 'doppelt abgebucht'],
    question: 'Warum wurde meine Zahlung abgelehnt?',
    answer: `Eine abgelehnte Zahlung hat meist einen dieser Gründe:

- **Kartendaten:** Prüfen Sie Nummer, Ablaufdatum und Prüfnummer (CVC).
- **3-D Secure:** Bestätigen Sie die Zahlung in Ihrer Banking-App; die Freigabe läuft nach wenigen Minuten ab.
- **Limit oder Deckung:** Das Verfügungslimit Ihrer Karte ist eventuell erreicht.
- **Rechnungsadresse:** Sie muss mit der bei Ihrer Bank hinterlegten Adresse übereinstimmen.

Versuchen Sie es erneut oder wählen Sie eine andere Zahlungsart. Sehen Sie eine Belastung für eine fehlgeschlagene Bestellung oder wurde **doppelt abgebucht**, handelt es sich meist um eine Reservierung, die Ihre Bank nach **5-7 Tagen** freigibt. Sonst [kontaktieren Sie uns](/de/help/) mit einem Screenshot.`,
  },
  {
    slug: 'discount-codes',
    locale: 'de',
    category: 'payment',
    tags: ['Gutscheincode', 'Rabattcode', 'Gutschein'],
    question: 'Wie löse ich einen Gutscheincode ein?',
    answer: `Geben Sie den Code an der Kasse im Feld **Gutscheincode** ein und klicken Sie auf **Einlösen**. Der Rabatt wird vor der Zahlung angezeigt.

Funktioniert der Code nicht, prüfen Sie:

- ob er **abgelaufen** ist und Sie ihn genau so eingegeben haben (ohne Leerzeichen);
- ob Ihr Warenkorb den **Mindestbestellwert** erreicht;
- ob Artikel ausgeschlossen sind: meist reduzierte Ware und Geschenkkarten;
- dass Sie keine Codes kombinieren: pro Bestellung gilt **ein Code**.

Nach Abschluss der Bestellung kann kein Code mehr hinzugefügt werden. Newsletter-Codes sind persönlich und einmal gültig. Details in den [Aktionsbedingungen](/de/help/?category=payment).`,
  },
  {
    slug: 'invoice',
    locale: 'de',
    category: 'payment',
    tags: ['Rechnung', 'Beleg', 'Umsatzsteuer'],
    question: 'Wo finde ich meine Rechnung?',
    answer: `Wir senden Ihnen die Rechnung als **PDF** per E-Mail, sobald Ihre Bestellung versandt wird. Sie können sie auch jederzeit herunterladen:

1. Öffnen Sie [Meine Bestellungen](/de/orders/).
2. Wählen Sie die Bestellung aus.
3. Klicken Sie auf **Rechnung herunterladen**.

**Geschäftskunden:** Hinterlegen Sie Firmenname und **USt-IdNr.** vor der Bestellung in Ihrem Konto, damit beides auf der Rechnung steht. Die Rechnungsadresse korrigieren wir innerhalb von **30 Tagen** nach Rechnungsdatum; senden Sie uns dazu die Bestellnummer. Bei Teilrücksendungen erhalten Sie eine separate **Gutschrift**.`,
  },
  {
    slug: 'reset-password',
    locale: 'de',
    category: 'account',
    tags: ['Passwort vergessen', 'Anmeldung', 'Login'],
    question: 'Ich habe mein Passwort vergessen. Wie setze ich es zurück?',
    answer: `1. Klicken Sie auf der [Anmeldeseite](/de/signin/) auf **Passwort vergessen?**
2. Geben Sie die E-Mail-Adresse Ihres Kontos ein.
3. Öffnen Sie unsere E-Mail und klicken Sie auf den Link: Er ist **60 Minuten** gültig.
4. Wählen Sie ein neues Passwort mit mindestens 10 Zeichen.

Keine E-Mail erhalten? Prüfen Sie Ihren Spam-Ordner und ob Sie die registrierte Adresse verwendet haben. Nach **5 fehlgeschlagenen Anmeldeversuchen** wird Ihr Konto zu Ihrer Sicherheit für 15 Minuten gesperrt. Klappt die Anmeldung weiterhin nicht, hilft der Kundenservice: Wir fragen nie nach Ihrem Passwort.`,
  },
  {
    slug: 'update-email',
    locale: 'de',
    category: 'account',
    tags: ['E-Mail ändern', 'Kontodaten', 'Profil'],
    question: 'Wie ändere ich die E-Mail-Adresse oder meine Daten im Kundenkonto?',
    answer: `Melden Sie sich an und öffnen Sie **Kontoeinstellungen > Profil**. Dort ändern Sie Name, Telefonnummer, Geburtsdatum und **E-Mail-Adresse**.

Wenn Sie Ihre E-Mail-Adresse ändern, senden wir einen **Bestätigungslink** an die neue Adresse. Die Änderung gilt erst, wenn Sie ihn anklicken; zur Sicherheit informieren wir auch die alte Adresse.

Bestellhistorie, gespeicherte Adressen und Guthaben von Geschenkkarten bleiben in Ihrem Konto. Eine gespeicherte Lieferadresse ändern Sie unter **Kontoeinstellungen > Adressen**. Mehr unter [Kundenkonto verwalten](/de/help/?category=account).`,
  },
  {
    slug: 'delete-account',
    locale: 'de',
    category: 'privacy',
    tags: ['Konto löschen', 'Datenschutz', 'DSGVO'],
    question: 'Wie lösche ich mein Konto und meine persönlichen Daten?',
    answer: `Sie können Ihr Konto selbst unter **Kontoeinstellungen > Datenschutz > Konto löschen** entfernen oder an [privacy@example.com](mailto:privacy@example.com) schreiben.

- Profil, Adressen und Einstellungen löschen wir innerhalb von **30 Tagen**.
- **Rechnungen und Bestelldaten** bewahren wir wegen der steuerrechtlichen Aufbewahrungspflicht **10 Jahre** auf und löschen sie danach.
- Offene Bestellungen und Rücksendungen müssen vorher abgeschlossen sein.

Vorher können Sie mit **Meine Daten herunterladen** eine Kopie aller gespeicherten Daten anfordern (Auskunft nach DSGVO). Mit dem Löschen des Kontos melden Sie sich auch von allen Newslettern ab. Details in unserer [Datenschutzerklärung](/de/help/?category=privacy).`,
  },
];

const vi: SeedArticle[] = [
  {
    slug: 'track-order',
    locale: 'vi',
    category: 'orders',
    tags: ['theo dõi đơn hàng', 'trạng thái đơn hàng', 'mã vận đơn'],
    question: 'Làm thế nào để theo dõi đơn hàng của tôi?',
    answer: `Ngay khi đơn hàng rời kho, chúng tôi gửi cho bạn **email xác nhận giao hàng** kèm đường dẫn theo dõi.

Bạn cũng có thể theo dõi đơn hàng bất cứ lúc nào:

1. Đăng nhập và mở [Đơn hàng của tôi](/vi/orders/).
2. Chọn đơn hàng để xem các mốc trạng thái.
3. Bấm **Theo dõi kiện hàng** để mở trang của đơn vị vận chuyển.

Thông tin vận đơn có thể mất **tới 24 giờ** mới hiển thị sau khi gửi đi. Nếu trạng thái không thay đổi quá 5 ngày làm việc, hãy liên hệ bộ phận chăm sóc khách hàng kèm mã đơn hàng để chúng tôi kiểm tra với hãng vận chuyển.`,
  },
  {
    slug: 'cancel-order',
    locale: 'vi',
    category: 'orders',
    tags: ['hủy đơn hàng', 'hủy đơn', 'dừng đơn'],
    question: 'Tôi có thể hủy đơn hàng không?',
    answer: `Có, miễn là đơn hàng chưa được bàn giao cho đơn vị vận chuyển.

- Khi trạng thái là **Đã nhận** hoặc **Đang xử lý**, hãy mở [Đơn hàng của tôi](/vi/orders/) và bấm **Hủy đơn hàng**. Bạn sẽ nhận được email xác nhận ngay.
- Khi trạng thái đã là **Đã gửi hàng**, bạn không thể hủy nữa. Hãy từ chối nhận hàng hoặc gửi trả kiện hàng theo quy trình đổi trả miễn phí.

Tiền của đơn đã hủy được hoàn về phương thức thanh toán ban đầu trong **3-5 ngày làm việc**. Khách không có tài khoản có thể hủy qua trang tra cứu đơn hàng bằng mã đơn và email.`,
  },
  {
    slug: 'change-order',
    locale: 'vi',
    category: 'orders',
    tags: ['sửa đơn hàng', 'đổi địa chỉ giao hàng', 'thay đổi đơn'],
    question: 'Làm sao để thay đổi đơn hàng hoặc địa chỉ giao hàng sau khi đặt?',
    answer: `Chúng tôi đóng gói rất nhanh, vì vậy chỉ có thể thay đổi khi đơn hàng còn ở trạng thái **Đang xử lý**.

- **Địa chỉ giao hàng:** liên hệ bộ phận hỗ trợ trong vòng 60 phút sau khi đặt, kèm mã đơn và địa chỉ mới. Kiện hàng đã gửi đi thì bạn có thể yêu cầu hãng vận chuyển chuyển hướng qua trang theo dõi.
- **Sản phẩm, kích cỡ hoặc màu sắc:** chúng tôi không sửa được sản phẩm trong đơn. Hãy hủy đơn tại [Đơn hàng của tôi](/vi/orders/) và đặt đơn mới.
- **Thêm sản phẩm:** đặt thêm một đơn thứ hai.

Vui lòng kiểm tra kỹ địa chỉ khi thanh toán: kiện hàng thiếu địa chỉ sẽ bị hoàn về.`,
  },
  {
    slug: 'delivery-times',
    locale: 'vi',
    category: 'shipping',
    tags: ['thời gian giao hàng', 'phí vận chuyển', 'giao hàng nhanh'],
    question: 'Giao hàng mất bao lâu và phí vận chuyển là bao nhiêu?',
    answer: `Đơn đặt vào ngày làm việc **trước 14 giờ** sẽ rời kho ngay trong ngày.

| Hình thức | Thời gian giao | Phí |
|---|---|---|
| Tiêu chuẩn | 3-5 ngày làm việc | 4,95 €, **miễn phí cho đơn từ 50 €** |
| Hỏa tốc | 1-2 ngày làm việc | 9,95 € |

Thời gian giao hàng chỉ là ước tính và có thể lâu hơn vào dịp lễ hoặc khuyến mãi lớn. Giao hỏa tốc không áp dụng cho hàng cồng kềnh và tủ nhận hàng. Ngày giao dự kiến hiển thị khi thanh toán và trong [email xác nhận giao hàng](/vi/orders/).`,
  },
  {
    slug: 'international-shipping',
    locale: 'vi',
    category: 'shipping',
    tags: ['giao hàng quốc tế', 'hải quan', 'nước ngoài'],
    question: 'Cửa hàng có giao hàng ra nước ngoài không?',
    answer: `Có, chúng tôi giao hàng tới hơn **30 quốc gia** ở châu Âu, Bắc Mỹ và châu Á.

- **Thời gian giao:** thường 5-10 ngày làm việc, tùy nơi nhận và thủ tục hải quan.
- **Chi phí:** được tính khi thanh toán theo quốc gia nhận và trọng lượng đơn hàng.
- **Thuế nhập khẩu và phí hải quan:** với đơn giao ngoài EU, hãng vận chuyển có thể thu thuế khi giao hàng. Khoản này **không bao gồm** trong giá bán.

Một số mặt hàng như pin và bình xịt không thể gửi ra nước ngoài. Xem [danh sách quốc gia](/vi/help/?category=shipping) để biết các hạn chế. Bạn vẫn có thể trả hàng từ ngoài EU nhưng tự chịu phí gửi trả.`,
  },
  {
    slug: 'missing-package',
    locale: 'vi',
    category: 'shipping',
    tags: ['mất hàng', 'chưa nhận được hàng', 'báo đã giao nhưng không nhận được'],
    question: 'Đơn hàng báo đã giao nhưng tôi chưa nhận được, phải làm sao?',
    answer: `Đôi khi kiện hàng được đánh dấu đã giao trước khi thực sự tới nơi. Bạn vui lòng:

1. Chờ thêm **48 giờ**: nhân viên giao hàng đôi khi quét mã sớm.
2. Hỏi hàng xóm, lễ tân tòa nhà và kiểm tra nơi để hàng bạn đã chọn.
3. Kiểm tra hộp thư xem có giấy báo nhận hàng tại bưu cục không.

Vẫn không thấy? [Liên hệ với chúng tôi](/vi/help/) trong vòng **14 ngày** kể từ ngày giao, kèm mã đơn hàng. Chúng tôi sẽ mở yêu cầu tra soát với hãng vận chuyển và nếu không tìm thấy kiện hàng, sẽ **gửi hàng thay thế hoặc hoàn tiền đầy đủ**.`,
  },
  {
    slug: 'return-item',
    locale: 'vi',
    category: 'returns-refunds',
    tags: ['đổi trả hàng', 'trả hàng', 'đổi size'],
    question: 'Làm thế nào để đổi trả hàng?',
    answer: `Bạn có thể trả hầu hết sản phẩm **miễn phí** trong vòng **30 ngày** kể từ khi nhận hàng.

1. Vào [Đơn hàng của tôi](/vi/orders/) và chọn **Trả hàng**.
2. Chọn sản phẩm và lý do. Để **đổi** sang kích cỡ hoặc màu khác, chọn *Đổi hàng* thay vì *Hoàn tiền*.
3. In nhãn gửi trả trả trước (hoặc đưa mã QR tại điểm gửi hàng).
4. Đóng gói sản phẩm chưa qua sử dụng, còn nguyên tem mác, và gửi tại bất kỳ điểm nhận hàng nào của hãng vận chuyển.

Không áp dụng đổi trả: sản phẩm cá nhân hóa, đồ vệ sinh cá nhân đã mở và thẻ quà tặng.`,
  },
  {
    slug: 'refund-status',
    locale: 'vi',
    category: 'returns-refunds',
    tags: ['hoàn tiền', 'thời gian hoàn tiền', 'nhận lại tiền'],
    question: 'Khi nào tôi nhận được tiền hoàn?',
    answer: `Chúng tôi kiểm tra hàng trả trong vòng **5 ngày làm việc** sau khi nhận và hoàn tiền về **phương thức thanh toán ban đầu**. Bạn sẽ nhận được email khi tiền hoàn đã được chuyển.

Thời gian tiền về tài khoản tùy phương thức thanh toán:

- **PayPal và Klarna:** 1-2 ngày
- **Thẻ tín dụng hoặc thẻ ghi nợ:** 3-10 ngày làm việc, tùy ngân hàng
- **Thẻ quà tặng:** ngay lập tức, dưới dạng số dư

Phí vận chuyển ban đầu chỉ được hoàn khi bạn trả lại toàn bộ đơn hàng. Nếu sau 14 ngày kể từ email của chúng tôi mà chưa nhận được tiền, hãy xem [chi tiết đơn hàng](/vi/orders/) và liên hệ với chúng tôi.`,
  },
  {
    slug: 'damaged-item',
    locale: 'vi',
    category: 'returns-refunds',
    tags: ['hàng bị hỏng', 'giao sai hàng', 'hàng lỗi'],
    question: 'Tôi nhận được hàng bị hỏng hoặc giao sai sản phẩm, phải làm gì?',
    answer: `Chúng tôi rất xin lỗi! Vui lòng báo cho chúng tôi trong vòng **14 ngày** kể từ khi nhận hàng để được xử lý nhanh.

1. Chụp **ảnh** sản phẩm, chỗ hư hỏng và bao bì (hoặc sản phẩm bị giao sai và nhãn của nó).
2. Mở đơn hàng trong [Đơn hàng của tôi](/vi/orders/) và chọn **Báo cáo sự cố**, hoặc gửi ảnh cho bộ phận hỗ trợ.
3. Chọn **đổi hàng miễn phí** hoặc **hoàn tiền toàn bộ**.

Với sản phẩm dưới 20 € thường bạn không cần gửi trả. Với sản phẩm khác, chúng tôi gửi nhãn gửi trả miễn phí. Lỗi phát sinh sau đó được **bảo hành theo luật trong hai năm**.`,
  },
  {
    slug: 'payment-methods',
    locale: 'vi',
    category: 'payment',
    tags: ['phương thức thanh toán', 'PayPal', 'trả sau'],
    question: 'Cửa hàng chấp nhận những phương thức thanh toán nào?',
    answer: `Bạn có thể thanh toán bằng:

- **Thẻ tín dụng và thẻ ghi nợ:** Visa, Mastercard và American Express
- **PayPal**
- **Apple Pay** và **Google Pay** trên thiết bị được hỗ trợ
- **Klarna:** mua trước trả sau trong 30 ngày, hoặc trả góp 3 kỳ không lãi
- **Thẻ quà tặng**, có thể kết hợp với phương thức khác

Thẻ của bạn bị trừ tiền khi đơn hàng được gửi đi; trước đó bạn có thể thấy một khoản tạm giữ. Chúng tôi không nhận thanh toán khi nhận hàng (COD) hoặc séc. Mọi giao dịch đều được xử lý an toàn và chúng tôi không lưu số thẻ đầy đủ. Xem [bảo mật thanh toán](/vi/help/?category=payment).`,
  },
  {
    slug: 'payment-declined',
    locale: 'vi',
    category: 'payment',
    tags: ['thanh toán thất bại', 'thẻ bị từ chối', 'bị trừ tiền hai lần'],
    question: 'Tại sao thanh toán của tôi bị từ chối?',
    answer: `Thanh toán bị từ chối thường do một trong các nguyên nhân sau:

- **Thông tin thẻ:** kiểm tra số thẻ, ngày hết hạn và mã bảo mật (CVC).
- **3-D Secure:** xác nhận giao dịch trong ứng dụng ngân hàng; yêu cầu xác nhận hết hạn sau vài phút.
- **Hạn mức hoặc số dư:** thẻ có thể đã hết hạn mức chi tiêu.
- **Địa chỉ thanh toán:** phải trùng với địa chỉ ngân hàng đang lưu.

Hãy thử lại hoặc chọn phương thức khác. Nếu bạn thấy bị trừ tiền cho đơn không thành công hoặc **bị trừ tiền hai lần**, đó thường là khoản tạm giữ mà ngân hàng sẽ hoàn lại trong **5-7 ngày**. Nếu không, hãy [liên hệ](/vi/help/) kèm ảnh chụp màn hình.`,
  },
  {
    slug: 'discount-codes',
    locale: 'vi',
    category: 'payment',
    tags: ['mã giảm giá', 'voucher', 'mã khuyến mãi'],
    question: 'Làm sao để dùng mã giảm giá?',
    answer: `Nhập mã vào ô **Mã giảm giá** khi thanh toán và bấm **Áp dụng**. Số tiền được giảm sẽ hiển thị trước khi bạn trả tiền.

Nếu mã không dùng được, hãy kiểm tra:

- mã còn **hạn sử dụng** và bạn nhập đúng (không có khoảng trắng);
- giỏ hàng đạt **giá trị đơn hàng tối thiểu**;
- sản phẩm không nằm trong danh sách loại trừ: thường là hàng giảm giá và thẻ quà tặng;
- bạn không dùng nhiều mã cùng lúc: mỗi đơn chỉ áp dụng **một mã**.

Không thể thêm mã sau khi đã đặt hàng. Mã từ bản tin là mã cá nhân, chỉ dùng một lần. Xem [điều kiện khuyến mãi](/vi/help/?category=payment).`,
  },
  {
    slug: 'reset-password',
    locale: 'vi',
    category: 'account',
    tags: ['quên mật khẩu', 'đăng nhập', 'đặt lại mật khẩu'],
    question: 'Tôi quên mật khẩu, làm sao để đặt lại?',
    answer: `1. Tại [trang đăng nhập](/vi/signin/), bấm **Quên mật khẩu?**
2. Nhập địa chỉ email của tài khoản.
3. Mở email chúng tôi gửi và bấm vào đường dẫn: đường dẫn có hiệu lực trong **60 phút**.
4. Đặt mật khẩu mới có ít nhất 10 ký tự.

Không nhận được email? Hãy kiểm tra thư mục spam và chắc chắn bạn dùng đúng email đã đăng ký. Sau **5 lần đăng nhập sai**, tài khoản bị tạm khóa 15 phút để bảo vệ bạn. Nếu vẫn không đăng nhập được, hãy liên hệ bộ phận hỗ trợ: chúng tôi không bao giờ hỏi mật khẩu của bạn.`,
  },
  {
    slug: 'delete-account',
    locale: 'vi',
    category: 'privacy',
    tags: ['xóa tài khoản', 'dữ liệu cá nhân', 'quyền riêng tư'],
    question: 'Làm thế nào để xóa tài khoản và dữ liệu cá nhân?',
    answer: `Bạn có thể tự xóa tài khoản tại **Cài đặt tài khoản > Quyền riêng tư > Xóa tài khoản**, hoặc gửi email tới [privacy@example.com](mailto:privacy@example.com).

- Hồ sơ, địa chỉ và tùy chọn của bạn được xóa trong vòng **30 ngày**.
- **Hóa đơn và dữ liệu đơn hàng** được lưu **10 năm** theo quy định về thuế, sau đó sẽ bị xóa.
- Các đơn hàng và yêu cầu trả hàng đang mở cần được hoàn tất trước.

Trước khi xóa, bạn có thể dùng **Tải xuống dữ liệu của tôi** để nhận bản sao mọi thông tin chúng tôi lưu trữ. Xóa tài khoản cũng hủy đăng ký mọi bản tin. Xem [chính sách quyền riêng tư](/vi/help/?category=privacy).`,
  },
  {
    slug: 'newsletter-unsubscribe',
    locale: 'vi',
    category: 'privacy',
    tags: ['bản tin', 'hủy đăng ký', 'email quảng cáo'],
    question: 'Làm sao để hủy đăng ký nhận bản tin?',
    answer: `Bấm **Hủy đăng ký** ở cuối bất kỳ email bản tin nào, hoặc đăng nhập và bỏ chọn bản tin tại **Cài đặt tài khoản > Tùy chọn liên lạc**.

- Thay đổi có hiệu lực trong vòng **48 giờ**; email đã lên lịch trước đó vẫn có thể đến.
- Bạn vẫn nhận **email dịch vụ** về đơn hàng, trả hàng và tài khoản.
- Bạn có thể đăng ký lại bất cứ lúc nào.

Nếu sau 48 giờ vẫn nhận email quảng cáo, hãy chuyển tiếp một email đó tới [privacy@example.com](mailto:privacy@example.com) để chúng tôi gỡ địa chỉ thủ công.`,
  },
];

const zh: SeedArticle[] = [
  {
    slug: 'track-order',
    locale: 'zh',
    category: 'orders',
    tags: ['追蹤訂單', '訂單狀態', '物流查詢'],
    question: '如何追蹤我的訂單？',
    answer: `訂單一離開倉庫，我們就會寄出附有追蹤連結的**出貨通知信**。

您也可以隨時自行查詢：

1. 登入並開啟[我的訂單](/zh/orders/)。
2. 選擇訂單，查看狀態時間軸。
3. 點選**追蹤包裹**，前往物流業者的查詢頁面。

出貨後，物流資訊最多可能需要 **24 小時**才會顯示。如果狀態超過 5 個工作天沒有更新，請附上訂單編號聯絡客服，我們會向物流業者確認。`,
  },
  {
    slug: 'cancel-order',
    locale: 'zh',
    category: 'orders',
    tags: ['取消訂單', '取消', '停止訂單'],
    question: '我可以取消訂單嗎？',
    answer: `可以，只要訂單尚未交給物流業者。

- 狀態為**已收到**或**處理中**時，請開啟[我的訂單](/zh/orders/)並點選**取消訂單**，您會立即收到確認信。
- 狀態變為**已出貨**後就無法取消。您可以拒收包裹，或透過免費退貨流程寄回。

已取消訂單的款項會在 **3-5 個工作天**內退回原付款方式。使用 Klarna 付款者，帳單會直接取消。未註冊的訪客可在訂單查詢頁面輸入訂單編號與電子郵件取消。`,
  },
  {
    slug: 'change-order',
    locale: 'zh',
    category: 'orders',
    tags: ['修改訂單', '更改收件地址', '變更訂單'],
    question: '下單後如何修改訂單或收件地址？',
    answer: `我們會很快開始包裝，因此只有在訂單仍為**處理中**時才能修改。

- **收件地址：**請在下單後 60 分鐘內，附上訂單編號與新地址聯絡客服。已出貨的包裹無法由我們改址，但您可以在物流追蹤頁面向物流業者申請改派。
- **商品、尺寸或顏色：**我們無法修改訂單內的商品。請在[我的訂單](/zh/orders/)取消後重新下單。
- **加購商品：**請另外再下一筆訂單。

結帳時請仔細確認地址：地址不完整的包裹會被退回。`,
  },
  {
    slug: 'delivery-times',
    locale: 'zh',
    category: 'shipping',
    tags: ['配送時間', '運費', '快速到貨'],
    question: '配送需要多久？運費是多少？',
    answer: `工作日**下午 2 點前**完成的訂單，當天就會從倉庫出貨。

| 配送方式 | 配送時間 | 費用 |
|---|---|---|
| 標準配送 | 3-5 個工作天 | 4.95 歐元，**滿 50 歐元免運** |
| 快速配送 | 1-2 個工作天 | 9.95 歐元 |

配送時間為預估，節慶與促銷期間可能延長。大型商品及寄往包裹櫃的訂單不提供快速配送。預計送達日期會顯示在結帳頁面及[出貨通知信](/zh/orders/)中。`,
  },
  {
    slug: 'international-shipping',
    locale: 'zh',
    category: 'shipping',
    tags: ['國際運送', '關稅', '海外配送'],
    question: '你們提供國際運送嗎？',
    answer: `有的，我們配送到歐洲、北美和亞洲**30 多個國家**。

- **配送時間：**通常為 5-10 個工作天，視目的地與海關而定。
- **運費：**結帳時依目的地與訂單重量計算。
- **關稅與進口稅：**寄往歐盟以外的訂單，物流業者可能在送達時收取關稅與進口增值稅，這些費用**不包含**在商品價格內。

電池、噴霧罐等部分商品無法寄往海外。請參閱[國家列表](/zh/help/?category=shipping)了解限制。歐盟以外地區也可以退貨，但退貨運費需自行負擔。`,
  },
  {
    slug: 'missing-package',
    locale: 'zh',
    category: 'shipping',
    tags: ['包裹遺失', '沒收到包裹', '顯示已送達'],
    question: '物流顯示已送達，但我沒有收到包裹，該怎麼辦？',
    answer: `有時包裹會在實際送達前就被標記為已送達。請您：

1. 等候 **48 小時**：物流人員偶爾會提前掃描。
2. 詢問鄰居、大樓管理室，並檢查您指定的放置地點。
3. 查看信箱是否有招領通知單。

仍然找不到嗎？請在送達日起 **14 天**內附上訂單編號[聯絡我們](/zh/help/)。我們會向物流業者提出查詢，若包裹確定遺失，將為您**補寄商品或全額退款**。`,
  },
  {
    slug: 'return-item',
    locale: 'zh',
    category: 'returns-refunds',
    tags: ['退貨', '換貨', '退貨標籤'],
    question: '如何申請退貨或換貨？',
    answer: `大部分商品可在收貨後 **30 天**內免費退貨。

1. 前往[我的訂單](/zh/orders/)並選擇**申請退貨**。
2. 選擇商品與原因。若要**換貨**成其他尺寸或顏色，請選擇「換貨」而非「退款」。
3. 列印預付退貨標籤（或在寄件點出示 QR 碼）。
4. 將未使用、吊牌完整的商品盡量以原包裝包好，交到任一物流服務點。

以下商品不接受退貨：客製化商品、已拆封的衛生用品及禮品卡。我們收到退貨後會寄信通知您。`,
  },
  {
    slug: 'refund-status',
    locale: 'zh',
    category: 'returns-refunds',
    tags: ['退款', '退款時間', '退款進度'],
    question: '退款什麼時候會到帳？',
    answer: `我們會在收到退貨後 **5 個工作天**內完成檢查，並將款項退回您的**原付款方式**。退款送出時您會收到電子郵件通知。

到帳時間依付款方式而定：

- **PayPal 與 Klarna：**1-2 天
- **信用卡或金融卡：**3-10 個工作天，依銀行作業而定
- **禮品卡：**立即以餘額退回

只有整筆訂單退貨時，才會退還原本的運費。若在收到我們的通知信 14 天後仍未收到退款，請查看[訂單明細](/zh/orders/)並與我們聯絡。`,
  },
  {
    slug: 'damaged-item',
    locale: 'zh',
    category: 'returns-refunds',
    tags: ['商品損壞', '寄錯商品', '瑕疵'],
    question: '收到的商品有損壞或寄錯了怎麼辦？',
    answer: `非常抱歉！請在收貨後 **14 天**內告訴我們，以便盡快處理。

1. 拍下商品、損壞處與包裝的**照片**（或寄錯的商品及其標籤）。
2. 在[我的訂單](/zh/orders/)中開啟該訂單並選擇**回報問題**，或將照片寄給客服。
3. 選擇**免費換貨**或**全額退款**。

價值低於 20 歐元的商品通常不需寄回；其他商品我們會提供免費退貨標籤。之後才出現的瑕疵享有**兩年法定保固**。`,
  },
  {
    slug: 'payment-methods',
    locale: 'zh',
    category: 'payment',
    tags: ['付款方式', 'PayPal', '先买后付'],
    question: '你们接受哪些付款方式？',
    answer: `您可以使用以下方式付款：

- **信用卡和借记卡：**Visa、Mastercard 和 American Express
- **PayPal**
- 支持设备上的 **Apple Pay** 和 **Google Pay**
- **Klarna：**30 天内先买后付，或分 3 期免息付款
- **礼品卡**，可与其他付款方式合并使用

订单发货时才会从您的卡中扣款；在此之前您可能会看到一笔预授权。我们不接受货到付款或支票。所有付款均经过安全处理，我们不会保存您的完整卡号。详情请见[支付安全](/zh/help/?category=payment)。`,
  },
  {
    slug: 'payment-declined',
    locale: 'zh',
    category: 'payment',
    tags: ['付款失败', '银行卡被拒', '重复扣款'],
    question: '为什么我的付款被拒绝了？',
    answer: `付款被拒通常是以下原因之一：

- **卡片信息：**请检查卡号、有效期和安全码（CVC）。
- **3-D Secure 验证：**请在银行 App 中确认付款，确认请求几分钟后就会失效。
- **额度或余额不足：**您的卡可能已达到消费限额。
- **账单地址：**必须与银行登记的地址一致。

请重试或换一种付款方式。如果失败的订单也被扣款，或您认为被**重复扣款**，这通常是临时预授权，银行会在 **5-7 天**内释放。如果款项没有退回，请附上截图[联系我们](/zh/help/)。`,
  },
  {
    slug: 'reset-password',
    locale: 'zh',
    category: 'account',
    tags: ['忘记密码', '登录问题', '重设密码'],
    question: '忘记密码了，怎么重置？',
    answer: `1. 在[登录页面](/zh/signin/)点击**忘记密码？**
2. 输入您账户的电子邮箱。
3. 打开我们发送的邮件并点击链接：链接 **60 分钟**内有效。
4. 设置至少 10 个字符的新密码。

没有收到邮件？请检查垃圾邮件文件夹，并确认使用的是注册时的邮箱。连续 **5 次登录失败**后，为了您的安全，账户会被锁定 15 分钟。如果仍然无法登录，请联系客服：我们绝不会索取您的密码。`,
  },
  {
    slug: 'update-email',
    locale: 'zh',
    category: 'account',
    tags: ['修改邮箱', '账户资料', '个人资料'],
    question: '如何修改账户的电子邮箱或个人资料？',
    answer: `登录后打开**账户设置 > 个人资料**，即可修改姓名、电话、出生日期和**电子邮箱**。

修改邮箱时，我们会向新邮箱发送一封**确认链接**邮件，点击后才会生效；为了安全，我们也会通知旧邮箱。

您的订单记录、已保存的地址和礼品卡余额都会保留在账户中。要修改已保存的收货地址，请前往**账户设置 > 地址**。更多内容请见[管理您的账户](/zh/help/?category=account)。`,
  },
  {
    slug: 'delete-account',
    locale: 'zh',
    category: 'privacy',
    tags: ['删除账户', '个人数据', '隐私'],
    question: '如何删除我的账户和个人数据？',
    answer: `您可以在**账户设置 > 隐私 > 删除账户**中自行删除，或发送邮件至 [privacy@example.com](mailto:privacy@example.com)。

- 我们会在 **30 天**内删除您的个人资料、地址和偏好设置。
- 根据税法要求，**发票和订单记录**会保存 **10 年**，之后删除。
- 未完成的订单和退货需要先处理完毕。

删除前，您可以使用**下载我的数据**获取我们保存的全部信息副本（GDPR 数据访问权）。删除账户后也会自动退订所有电子报。详情请阅读[隐私政策](/zh/help/?category=privacy)。`,
  },
  {
    slug: 'newsletter-unsubscribe',
    locale: 'zh',
    category: 'privacy',
    tags: ['电子报', '退订', '营销邮件'],
    question: '如何退订电子报？',
    answer: `点击任意一封电子报底部的**退订**，或登录后在**账户设置 > 通讯偏好**中取消勾选电子报。

- 更改会在 **48 小时**内生效；已经排定发送的邮件可能仍会送达。
- 您仍会收到有关订单、退货和账户的**服务通知邮件**。
- 您可以随时重新订阅。

如果 48 小时后仍收到营销邮件，请将其中一封转发至 [privacy@example.com](mailto:privacy@example.com)，我们会手动移除您的邮箱。`,
  },
];

/** All seed articles: 17 slugs in English, most translated into de, vi and zh. */
export const seedArticles: SeedArticle[] = [...en, ...de, ...vi, ...zh];
