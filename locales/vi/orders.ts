import type { OrdersText } from '../pack-types';

/** Vietnamese: what each order step means for the customer, and why a cancel is refused. */
export const orders: OrdersText = {
  status: {
    placed: { title: 'Đã đặt hàng', done: 'Chúng tôi đã nhận đơn hàng và gửi xác nhận cho bạn.' },
    paid: { title: 'Đã thanh toán', done: 'Thanh toán thành công; chúng tôi đã giữ hàng cho bạn.' },
    packed: { title: 'Đã đóng gói', done: 'Chúng tôi đã đóng gói hàng và đặt đơn vị vận chuyển.' },
    shipped: { title: 'Đã gửi hàng', done: 'Chúng tôi đã giao kiện hàng cho {carrier} (mã vận đơn {tracking}).' },
    delayed: {
      title: 'Bị chậm',
      done: 'Kiện hàng bị chậm. Chúng tôi đang liên hệ đơn vị vận chuyển và dự kiến giao trước {date}.',
    },
    out_for_delivery: { title: 'Đang giao hàng', done: 'Nhân viên giao hàng đang giao kiện hàng cho bạn hôm nay.' },
    delivery_attempted: {
      title: 'Giao không thành công',
      done: 'Nhân viên đã đến nhưng không gặp bạn. Họ sẽ giao lại hoặc gửi tại {location}.',
    },
    delivered: { title: 'Đã giao hàng', done: 'Kiện hàng đã được giao. Chúc bạn hài lòng!' },
    cancelled: {
      title: 'Đã hủy',
      done: 'Chúng tôi đã hủy đơn; khoản đã thanh toán sẽ được hoàn về phương thức thanh toán ban đầu.',
    },
    returned: { title: 'Đã trả hàng', done: 'Chúng tôi đã nhận hàng trả lại và hoàn tiền cho bạn.' },
  },
  cancelRefused: {
    shipped: 'Đơn hàng đã được gửi đi nên không thể hủy. Bạn có thể trả hàng sau khi nhận.',
    delivered: 'Đơn hàng đã được giao nên không thể hủy. Bạn có thể trả hàng thay vào đó.',
    closed: 'Đơn hàng đã kết thúc và không thể hủy.',
  },
  returnStep: {
    return_requested: { title: 'Đã yêu cầu trả hàng', done: 'Bạn đã yêu cầu trả hàng (mã trả hàng {rma}).' },
    return_label_issued: {
      title: 'Nhãn trả hàng đã sẵn sàng',
      done: 'Nhãn trả hàng cho {rma} đã sẵn sàng: hãy in, dán lên kiện hàng và gửi đi.',
    },
    return_received: { title: 'Đã nhận hàng trả', done: 'Chúng tôi đã nhận hàng trả lại ({rma}) và đang kiểm tra.' },
    refund_issued: {
      title: 'Đã hoàn tiền',
      done: 'Chúng tôi đã hoàn tiền cho hàng trả lại ({rma}) về phương thức thanh toán ban đầu.',
    },
  },
  returnReason: {
    damaged: 'Hàng bị hư hỏng',
    wrong_item: 'Giao sai hàng',
    not_as_described: 'Không đúng mô tả',
    does_not_fit: 'Không vừa',
    changed_mind: 'Không muốn mua nữa',
    other: 'Lý do khác',
  },
  returnRefused: {
    notDelivered: 'Đơn hàng chưa được giao. Bạn có thể trả hàng sau khi nhận được.',
    windowClosed:
      'Thời hạn trả hàng {days} ngày của đơn này đã kết thúc vào {date}. Nhân viên vẫn có thể xem giúp bạn.',
    notReturnable: '{item} không được trả lại. Nếu sản phẩm có vấn đề, nhân viên sẽ hỗ trợ bạn.',
    alreadyReturned: 'Bạn đã trả lại toàn bộ {item} của đơn hàng này.',
    unknownItem: 'Đơn hàng này không có sản phẩm đó.',
    tooMany: 'Bạn đã mua {item} ít hơn số lượng đó.',
  },
  addressRefused: {
    packed:
      'Đơn hàng đã được đóng gói nên không thể đổi địa chỉ giao hàng. Nhân viên có thể liên hệ đơn vị vận chuyển giúp bạn.',
    shipped:
      'Đơn hàng đã được gửi đi nên không thể đổi địa chỉ giao hàng. Đơn vị vận chuyển có thể cho phép chuyển hướng.',
    closed: 'Đơn hàng đã kết thúc nên không thể đổi địa chỉ giao hàng.',
  },
  invoiceRefused: {
    notPaid: 'Đơn hàng chưa được thanh toán nên chưa có hóa đơn. Hóa đơn sẽ có ngay khi thanh toán được xác nhận.',
    cancelled: 'Đơn hàng đã bị hủy nên không có hóa đơn.',
    issued: 'Hóa đơn đã được xuất nên không thể đổi tên công ty và mã số thuế.',
  },
  invoice: {
    title: 'Hóa đơn',
    number: 'Số hóa đơn',
    order: 'Đơn hàng',
    date: 'Ngày',
    billedTo: 'Người nhận hóa đơn',
    vatId: 'Mã số thuế',
    item: 'Sản phẩm',
    quantity: 'SL',
    unitPrice: 'Đơn giá',
    amount: 'Thành tiền',
    total: 'Tổng cộng',
    paid: 'Đã thanh toán đủ. Xin cảm ơn.',
    thanks: 'Có câu hỏi về hóa đơn này? Hãy hỏi chúng tôi trong mục Trợ giúp hoặc trò chuyện với chúng tôi.',
  },
  problem: {
    photos: 'Ảnh',
    ticketReason: '{kind}: đơn hàng {order}',
    kind: { damaged: 'Hàng bị hư hỏng khi nhận', wrong_item: 'Nhận sai hàng', missing_parts: 'Thiếu bộ phận' },
  },
  photos: {
    tooLarge: 'Mỗi ảnh tối đa {max} MB.',
    tooMany: 'Bạn đã gửi {n} ảnh cho đơn hàng này. Vui lòng mô tả phần còn lại bằng lời hoặc trò chuyện với chúng tôi.',
    wrongType: 'Vui lòng gửi ảnh JPEG, PNG hoặc WebP.',
    unknown: 'Chúng tôi không tìm thấy ảnh này. Vui lòng thêm lại.',
    notUploaded: 'Ảnh này chưa tải lên xong. Vui lòng thêm lại.',
  },
};
