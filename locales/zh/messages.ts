import type { MessagesText } from '../pack-types';

/** Chinese (Traditional): the order-update messages. */
export const messages: MessagesText = {
  greeting: '{name} 您好：',
  greetingNoName: '您好：',
  kinds: {
    shipped: {
      subject: '您的訂單 {order} 已出貨',
      paragraphs: [
        '好消息：我們已將您的訂單 {order} 交給 {carrier}。',
        '追蹤號碼：{tracking}。',
        '預計於 {date} 前送達。',
      ],
    },
    delayed: {
      subject: '您的訂單 {order} 延誤了',
      paragraphs: [
        '很抱歉，您的訂單 {order} 延誤了。',
        '新的預計送達日期為 {date}。',
        '我們正在向物流業者追查，一有進展就會通知您。如果這造成您的困擾，我們的客服人員很樂意協助。',
      ],
    },
    out_for_delivery: {
      subject: '您的訂單 {order} 今天送達',
      paragraphs: ['配送人員已取得您的訂單 {order}，今天會送達。'],
    },
    delivery_attempted: {
      subject: '配送未成功：訂單 {order}',
      paragraphs: [
        '配送人員嘗試投遞您的訂單 {order}，但無人簽收。',
        '接下來：物流業者會在下一個工作日再次配送，或您可以到 {location} 取件。請攜帶身分證件與訂單編號。',
      ],
    },
    delivered: {
      subject: '您的訂單 {order} 已送達',
      paragraphs: ['您的訂單 {order} 已送達，祝您使用愉快！'],
    },
    refund_issued: {
      subject: '訂單 {order} 已退款',
      paragraphs: ['我們已將訂單 {order} 的 {amount} 退回您原本的付款方式。', '款項可能需要幾個工作日才會顯示。'],
    },
    nps_invite: {
      subject: '您的訂單 {order} 體驗如何？',
      paragraphs: [
        '您的訂單 {order} 已在幾天前送達。我們想了解您的體驗。',
        '您有多大可能將我們推薦給朋友或同事？請在下方選擇一個數字；在開啟的頁面上，您可以補充原因，然後送出。',
      ],
    },
  },
  links: { track: '追蹤包裹', order: '查看訂單', delayHelp: '訂單延誤怎麼辦', person: '聯絡客服人員' },
  signature: '客服團隊敬上',
  footer: '您收到這封郵件，是因為您希望在訂單變更時收到通知。',
  unsubscribe: '不再接收訂單通知郵件',
  unsubscribePage: {
    title: '訂單通知郵件',
    confirm: '不再接收訂單變更的通知郵件？',
    button: '取消訂閱',
    done: '完成：您將不再收到訂單變更的通知郵件。您可以在個人資料中重新開啟。',
    invalid: '此連結無效。您可以在個人資料中變更郵件設定。',
  },
  survey: {
    scale: '0 = 完全不可能，10 = 非常可能',
    page: {
      title: '我們做得如何？',
      question: '您有多大可能將我們推薦給朋友或同事？',
      low: '0：完全不可能',
      high: '10：非常可能',
      why: '您給這個分數的主要原因是什麼？（選填）',
      send: '送出我的回答',
      thanks: '謝謝您！您的回答幫助我們做得更好。',
      answered: '您已經回答過這筆訂單的問題了。謝謝您！',
      invalid: '此連結無效或已過期。',
    },
  },
  ticketReply: {
    subject: '您的請求 {ticket} 有了回覆',
    paragraphs: ['我們的客服團隊已回覆您的請求 {ticket}：'],
    link: '查看對話並回覆',
    footer: '您收到這封郵件，是因為您曾向我們的客服團隊尋求協助。',
  },
};
