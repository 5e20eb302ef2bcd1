import type { MessagesText } from '../pack-types';

/** Vietnamese: the order-update messages. */
export const messages: MessagesText = {
  greeting: 'Xin chào {name},',
  greetingNoName: 'Xin chào,',
  kinds: {
    shipped: {
      subject: 'Đơn hàng {order} của bạn đang trên đường giao',
      paragraphs: [
        'Tin vui: chúng tôi đã giao đơn hàng {order} cho {carrier}.',
        'Mã vận đơn: {tracking}.',
        'Dự kiến giao trước ngày {date}.',
      ],
    },
    delayed: {
      subject: 'Đơn hàng {order} của bạn bị chậm',
      paragraphs: [
        'Chúng tôi xin lỗi: đơn hàng {order} của bạn bị chậm.',
        'Ngày giao dự kiến mới là {date}.',
        'Chúng tôi đang liên hệ đơn vị vận chuyển và sẽ báo ngay khi có tin. Nếu việc này gây phiền cho bạn, nhân viên của chúng tôi sẵn lòng hỗ trợ.',
      ],
    },
    out_for_delivery: {
      subject: 'Đơn hàng {order} sẽ đến hôm nay',
      paragraphs: ['Nhân viên giao hàng đã nhận đơn hàng {order} và sẽ giao trong hôm nay.'],
    },
    delivery_attempted: {
      subject: 'Giao hàng không thành công: đơn hàng {order}',
      paragraphs: [
        'Nhân viên giao hàng đã đến giao đơn hàng {order} nhưng không gặp bạn.',
        'Tiếp theo: đơn vị vận chuyển sẽ giao lại vào ngày làm việc kế tiếp, hoặc bạn có thể nhận hàng tại {location}. Hãy mang theo giấy tờ tùy thân và mã đơn hàng.',
      ],
    },
    delivered: {
      subject: 'Đơn hàng {order} đã được giao',
      paragraphs: ['Đơn hàng {order} của bạn đã được giao. Chúc bạn hài lòng!'],
    },
    refund_issued: {
      subject: 'Hoàn tiền cho đơn hàng {order}',
      paragraphs: [
        'Chúng tôi đã hoàn {amount} cho đơn hàng {order} về phương thức thanh toán ban đầu của bạn.',
        'Có thể mất vài ngày làm việc để khoản tiền hiển thị.',
      ],
    },
    nps_invite: {
      subject: 'Đơn hàng {order} của bạn thế nào?',
      paragraphs: [
        'Đơn hàng {order} của bạn đã đến vài ngày trước. Chúng tôi muốn biết trải nghiệm của bạn.',
        'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè hoặc đồng nghiệp không? Hãy chọn một số bên dưới; trên trang mở ra, bạn có thể thêm lý do rồi gửi.',
      ],
    },
  },
  links: {
    track: 'Theo dõi kiện hàng',
    order: 'Xem đơn hàng',
    delayHelp: 'Làm gì khi đơn hàng bị chậm',
    person: 'Nói chuyện với nhân viên',
  },
  signature: 'Đội ngũ chăm sóc khách hàng',
  footer: 'Bạn nhận email này vì bạn muốn được báo khi đơn hàng thay đổi.',
  unsubscribe: 'Ngừng nhận email về đơn hàng',
  unsubscribePage: {
    title: 'Email về đơn hàng',
    confirm: 'Ngừng nhận email khi đơn hàng của bạn thay đổi?',
    button: 'Ngừng nhận email',
    done: 'Xong: bạn sẽ không nhận email về thay đổi đơn hàng nữa. Bạn có thể bật lại trong hồ sơ.',
    invalid: 'Liên kết này không hợp lệ. Bạn có thể đổi cài đặt email trong hồ sơ.',
  },
  survey: {
    scale: '0 = hoàn toàn không, 10 = chắc chắn có',
    page: {
      title: 'Chúng tôi phục vụ thế nào?',
      question: 'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè hoặc đồng nghiệp không?',
      low: '0: hoàn toàn không',
      high: '10: chắc chắn có',
      why: 'Lý do chính cho điểm của bạn là gì? (không bắt buộc)',
      send: 'Gửi câu trả lời',
      thanks: 'Cảm ơn bạn! Câu trả lời của bạn giúp chúng tôi làm tốt hơn.',
      answered: 'Bạn đã trả lời cho đơn hàng này rồi. Cảm ơn bạn!',
      invalid: 'Liên kết này không hợp lệ hoặc đã hết hạn.',
    },
  },
  ticketReply: {
    subject: 'Phản hồi cho yêu cầu {ticket} của bạn',
    paragraphs: ['Nhân viên của chúng tôi đã trả lời yêu cầu {ticket} của bạn:'],
    link: 'Xem cuộc trao đổi và trả lời',
    footer: 'Bạn nhận được email này vì bạn đã nhờ nhân viên của chúng tôi hỗ trợ.',
  },
};
