import type { OrdersText } from '../pack-types';

/** Chinese (Traditional): what each order step means for the customer, and why a cancel is refused. */
export const orders: OrdersText = {
  status: {
    placed: { title: '已下單', done: '我們已收到您的訂單並發送了確認信。' },
    paid: { title: '已付款', done: '付款成功，我們已為您保留商品。' },
    packed: { title: '已包裝', done: '我們已為您揀貨包裝並預約了物流。' },
    shipped: { title: '已出貨', done: '我們已將包裹交給 {carrier}（追蹤號碼 {tracking}）。' },
    delayed: { title: '延遲', done: '您的包裹延遲了。我們正在催促物流，預計 {date} 前送達。' },
    out_for_delivery: { title: '配送中', done: '快遞員今天正在為您配送包裹。' },
    delivery_attempted: { title: '配送未成功', done: '快遞員未能聯繫到您，將再次配送或存放於 {location}。' },
    delivered: { title: '已送達', done: '您的包裹已送達，祝您使用愉快！' },
    cancelled: { title: '已取消', done: '我們已取消您的訂單，已付款項將退回原付款方式。' },
    returned: { title: '已退貨', done: '我們已收到您的退貨並完成退款。' },
  },
  cancelRefused: {
    shipped: '此訂單已出貨，無法再取消。收到後您可以申請退貨。',
    delivered: '此訂單已送達，無法再取消，您可以改為申請退貨。',
    closed: '此訂單已結束，無法取消。',
  },
};
