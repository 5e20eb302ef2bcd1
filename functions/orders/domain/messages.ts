import type { Locale } from '../../http/schemas';
import type { OrderStatus } from '../schemas';

interface StatusText { title: string; done: string }
type Table = Record<OrderStatus, StatusText>;

/**
 * What each step means for the customer, in their language. `done` says what the company has
 * already done for them; {carrier}, {tracking}, {date} and {location} are filled in when known.
 */
export const STATUS_TEXT: Record<Locale, Table> = {
  en: {
    placed: { title: 'Order placed', done: 'We received your order and sent you a confirmation.' },
    paid: { title: 'Payment confirmed', done: 'Your payment went through; we reserved your items.' },
    packed: { title: 'Packed', done: 'We picked and packed your items and booked the courier.' },
    shipped: { title: 'Shipped', done: 'We handed your parcel to {carrier} (tracking {tracking}).' },
    delayed: { title: 'Delayed', done: 'Your parcel is running late. We are chasing the carrier and expect it by {date}.' },
    out_for_delivery: { title: 'Out for delivery', done: 'The courier has your parcel and is delivering it today.' },
    delivery_attempted: { title: 'Delivery attempted', done: 'The courier tried to deliver but nobody was in. They will try again or leave it at {location}.' },
    delivered: { title: 'Delivered', done: 'Your parcel was delivered. Enjoy!' },
    cancelled: { title: 'Cancelled', done: 'We cancelled your order; any payment is refunded to your original payment method.' },
    returned: { title: 'Returned', done: 'We received your return and refunded you.' },
  },
  de: {
    placed: { title: 'Bestellung aufgegeben', done: 'Wir haben Ihre Bestellung erhalten und Ihnen eine Bestätigung geschickt.' },
    paid: { title: 'Zahlung bestätigt', done: 'Ihre Zahlung ist eingegangen; wir haben Ihre Artikel reserviert.' },
    packed: { title: 'Verpackt', done: 'Wir haben Ihre Artikel verpackt und den Versand beauftragt.' },
    shipped: { title: 'Versandt', done: 'Wir haben Ihr Paket an {carrier} übergeben (Sendungsnummer {tracking}).' },
    delayed: { title: 'Verspätet', done: 'Ihr Paket verspätet sich. Wir haken beim Versanddienst nach und erwarten es bis {date}.' },
    out_for_delivery: { title: 'In Zustellung', done: 'Der Zusteller hat Ihr Paket und liefert es heute aus.' },
    delivery_attempted: { title: 'Zustellversuch', done: 'Der Zusteller hat Sie nicht angetroffen. Er versucht es erneut oder hinterlegt es bei {location}.' },
    delivered: { title: 'Zugestellt', done: 'Ihr Paket wurde zugestellt. Viel Freude damit!' },
    cancelled: { title: 'Storniert', done: 'Wir haben Ihre Bestellung storniert; bereits gezahlte Beträge erstatten wir auf Ihr Zahlungsmittel.' },
    returned: { title: 'Zurückgesandt', done: 'Wir haben Ihre Rücksendung erhalten und Ihnen den Betrag erstattet.' },
  },
  vi: {
    placed: { title: 'Đã đặt hàng', done: 'Chúng tôi đã nhận đơn hàng và gửi xác nhận cho bạn.' },
    paid: { title: 'Đã thanh toán', done: 'Thanh toán thành công; chúng tôi đã giữ hàng cho bạn.' },
    packed: { title: 'Đã đóng gói', done: 'Chúng tôi đã đóng gói hàng và đặt đơn vị vận chuyển.' },
    shipped: { title: 'Đã gửi hàng', done: 'Chúng tôi đã giao kiện hàng cho {carrier} (mã vận đơn {tracking}).' },
    delayed: { title: 'Bị chậm', done: 'Kiện hàng bị chậm. Chúng tôi đang liên hệ đơn vị vận chuyển và dự kiến giao trước {date}.' },
    out_for_delivery: { title: 'Đang giao hàng', done: 'Nhân viên giao hàng đang giao kiện hàng cho bạn hôm nay.' },
    delivery_attempted: { title: 'Giao không thành công', done: 'Nhân viên đã đến nhưng không gặp bạn. Họ sẽ giao lại hoặc gửi tại {location}.' },
    delivered: { title: 'Đã giao hàng', done: 'Kiện hàng đã được giao. Chúc bạn hài lòng!' },
    cancelled: { title: 'Đã hủy', done: 'Chúng tôi đã hủy đơn; khoản đã thanh toán sẽ được hoàn về phương thức thanh toán ban đầu.' },
    returned: { title: 'Đã trả hàng', done: 'Chúng tôi đã nhận hàng trả lại và hoàn tiền cho bạn.' },
  },
  zh: {
    placed: { title: '已下單', done: '我們已收到您的訂單並發送了確認信。' },
    paid: { title: '已付款', done: '付款成功，我們已為您保留商品。' },
    packed: { title: '已包裝', done: '我們已為您揀貨包裝並預約了物流。' },
    shipped: { title: '已出貨', done: '我們已將包裹交給 {carrier}（追蹤號碼 {tracking}）。' },
    delayed: { title: '延誤', done: '您的包裹延誤了。我們正在催促物流，預計 {date} 前送達。' },
    out_for_delivery: { title: '派送中', done: '快遞員今天正在為您派送包裹。' },
    delivery_attempted: { title: '派送未成功', done: '快遞員未能聯繫到您，將再次派送或存放於 {location}。' },
    delivered: { title: '已送達', done: '您的包裹已送達，祝您使用愉快！' },
    cancelled: { title: '已取消', done: '我們已取消您的訂單，已付款項將退回原付款方式。' },
    returned: { title: '已退貨', done: '我們已收到您的退貨並完成退款。' },
  },
};

export const CANCEL_REFUSAL: Record<Locale, string> = {
  en: 'This order has already shipped, so it can no longer be cancelled. You can return it once it arrives.',
  de: 'Diese Bestellung ist bereits versandt und kann nicht mehr storniert werden. Sie können sie nach Erhalt zurücksenden.',
  vi: 'Đơn hàng đã được gửi đi nên không thể hủy. Bạn có thể trả hàng sau khi nhận.',
  zh: '此訂單已出貨，無法再取消。收到後您可以申請退貨。',
};

export const CANCEL_REFUSAL_DELIVERED: Record<Locale, string> = {
  en: 'This order was delivered, so it can no longer be cancelled. You can return it instead.',
  de: 'Diese Bestellung wurde zugestellt und kann nicht mehr storniert werden. Sie können sie stattdessen zurücksenden.',
  vi: 'Đơn hàng đã được giao nên không thể hủy. Bạn có thể trả hàng thay vào đó.',
  zh: '此訂單已送達，無法再取消，您可以改為申請退貨。',
};

export const CANCEL_REFUSAL_FINAL: Record<Locale, string> = {
  en: 'This order is closed and can no longer be cancelled.',
  de: 'Diese Bestellung ist abgeschlossen und kann nicht mehr storniert werden.',
  vi: 'Đơn hàng đã kết thúc và không thể hủy.',
  zh: '此訂單已結束，無法取消。',
};
