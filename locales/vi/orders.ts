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
};
