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
  returnStep: {
    return_requested: { title: '已申請退貨', done: '您已申請退貨（退貨編號 {rma}）。' },
    return_label_issued: { title: '退貨標籤已備妥', done: '{rma} 的退貨標籤已備妥：請列印、貼在包裹上並寄出。' },
    return_received: { title: '已收到退貨', done: '我們已收到您的退貨（{rma}），正在檢查商品。' },
    refund_issued: { title: '已退款', done: '我們已將退貨（{rma}）的款項退回您的原付款方式。' },
  },
  returnReason: {
    damaged: '商品送達時已損壞',
    wrong_item: '商品錯誤',
    not_as_described: '與描述不符',
    does_not_fit: '尺寸不合',
    changed_mind: '不想要了',
    other: '其他原因',
  },
  returnRefused: {
    notDelivered: '此訂單尚未送達。收到商品後即可申請退貨。',
    windowClosed: '此訂單的 {days} 天退貨期限已於 {date} 結束。客服人員仍可為您查看。',
    notReturnable: '{item} 不接受退貨。若商品有問題，客服人員會協助您。',
    alreadyReturned: '此訂單的 {item} 已全部退回。',
    unknownItem: '此訂單沒有這項商品。',
    tooMany: '您購買的 {item} 沒有這麼多。',
  },
  addressRefused: {
    packed: '此訂單已包裝，無法再更改收件地址。客服人員可以幫您詢問物流。',
    shipped: '此訂單已出貨，無法再更改收件地址。物流公司或許可以為您改寄。',
    closed: '此訂單已結束，無法更改收件地址。',
  },
  invoiceRefused: {
    notPaid: '此訂單尚未付款，因此還沒有發票。付款確認後即可下載。',
    cancelled: '此訂單已取消，因此沒有發票。',
    issued: '發票已開立，公司名稱與統一編號無法再更改。',
  },
  invoice: {
    title: '發票',
    number: '發票號碼',
    order: '訂單',
    date: '日期',
    billedTo: '買受人',
    vatId: '統一編號',
    item: '商品',
    quantity: '數量',
    unitPrice: '單價',
    amount: '金額',
    total: '總計',
    paid: '已全額付款，謝謝您。',
    thanks: '對此發票有疑問？請在入口網站的說明中心或聊天中詢問我們。',
  },
  problem: {
    photos: '照片',
    ticketReason: '{kind}：訂單 {order}',
    kind: { damaged: '商品送達時已損壞', wrong_item: '收到錯誤的商品', missing_parts: '缺少零件' },
  },
};
