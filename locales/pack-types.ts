import type { OrderStatus } from '../functions/orders/domain/order';

/** The shape of a language pack's backend text; every pack fills all of it. */
export interface OrdersText {
  /** `done` says what the shop has already done; {carrier}, {tracking}, {date}, {location} are filled in. */
  status: Record<OrderStatus, { title: string; done: string }>;
  /** Why a cancel is refused: the parcel left, it arrived, or the order is closed. */
  cancelRefused: { shipped: string; delivered: string; closed: string };
}

export interface ProfileText {
  hello: { morning: string; afternoon: string; evening: string };
  occasion: { birthday: string; anniversary: string; other: string };
  sentenceEnd: string;
  sentenceJoin: string;
}

export interface LanguagePack {
  orders: OrdersText;
  profile: ProfileText;
}
