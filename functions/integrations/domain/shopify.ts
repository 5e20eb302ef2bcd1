import { createHmac, timingSafeEqual } from 'node:crypto';
import { isLocale } from '../../../locales/registry';
import type { FedEvent, FedOrder } from '../../orders/domain/feed';
import { isShopCancelReason, type ShopCancelReason } from './cancel-reason';

/**
 * Whether `signature` (the X-Shopify-Hmac-Sha256 header) is the base64 HMAC-SHA256 of the raw
 * body under the shop's webhook secret, compared in constant time.
 */
export function verifyShopifySignature(rawBody: string, signature: string | undefined, secret: string): boolean {
  if (!signature) return false;
  const expected = createHmac('sha256', secret).update(rawBody, 'utf8').digest();
  let given: Buffer;
  try {
    given = Buffer.from(signature, 'base64');
  } catch {
    return false;
  }
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The topics this portal understands; every other topic is acknowledged and ignored. */
export const SHOPIFY_ORDER_TOPICS = ['orders/create', 'orders/updated', 'orders/cancelled'] as const;
export const SHOPIFY_FULFILLMENT_TOPICS = ['fulfillments/create', 'fulfillments/update'] as const;

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const cents = (v: unknown) => Math.round(Number.parseFloat(String(v ?? '0')) * 100) || 0;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

/** Our order number for a Shopify order: its `order_number` (what the customer sees, without "#"). */
export const shopifyOrderNumber = (payload: Json): string | undefined =>
  str(String(payload.order_number ?? '')) ?? str(payload.name)?.replace(/^#/, '');

/**
 * A Shopify order payload (orders/create, orders/updated, orders/cancelled) as the order the
 * integration API takes, or why it cannot be one. Status: cancelled when `cancelled_at` is set,
 * paid when `financial_status` is paid, else placed; a cancelled order's `cancel_reason` comes
 * along when it is one Shopify documents.
 */
export function orderFromShopify(
  payload: Json,
): { order: FedOrder; cancelReason?: ShopCancelReason } | { refused: string } {
  const customer = obj(payload.customer);
  const email = str(payload.email) ?? str(customer.email) ?? str(payload.contact_email);
  if (!email) return { refused: 'the order has no customer email' };
  const items = (Array.isArray(payload.line_items) ? payload.line_items : []).map((raw) => {
    const line = obj(raw);
    return {
      ...(str(line.sku) ? { sku: str(line.sku)!.slice(0, 64) } : {}),
      name: (str(line.title) ?? str(line.name) ?? 'Item').slice(0, 200),
      quantity: Math.max(1, Math.trunc(Number(line.quantity) || 1)),
      unitPriceCents: cents(line.price),
    };
  });
  if (!items.length) return { refused: 'the order has no line items' };
  const name = [str(customer.first_name), str(customer.last_name)].filter(Boolean).join(' ') || undefined;
  const language = str(payload.customer_locale)?.slice(0, 2).toLowerCase();
  const ship = obj(payload.shipping_address);
  const country = str(ship.country_code)?.toUpperCase();
  const shippingAddress =
    str(ship.address1) && str(ship.zip) && str(ship.city) && country && /^[A-Z]{2}$/.test(country)
      ? {
          name: (str(ship.name) ?? name ?? email).slice(0, 120),
          line1: str(ship.address1)!.slice(0, 200),
          postalCode: str(ship.zip)!.slice(0, 20),
          city: str(ship.city)!.slice(0, 100),
          country,
        }
      : undefined;
  const status = payload.cancelled_at ? 'cancelled' : payload.financial_status === 'paid' ? 'paid' : 'placed';
  const reason = str(payload.cancel_reason)?.toLowerCase();
  return {
    ...(status === 'cancelled' && isShopCancelReason(reason) ? { cancelReason: reason } : {}),
    order: {
      customer: { email, ...(name ? { name } : {}), ...(language && isLocale(language) ? { locale: language } : {}) },
      placedAt: new Date(str(payload.created_at) ?? Date.now()).toISOString(),
      currency: (str(payload.currency) ?? 'USD').toUpperCase(),
      items,
      totalCents: cents(payload.total_price),
      ...(shippingAddress ? { shippingAddress } : {}),
      status,
    },
  };
}

/**
 * A Shopify fulfillment (fulfillments/create, fulfillments/update) as a timeline event: its
 * `shipment_status` when the carrier reported one (in transit, out for delivery, attempted,
 * delivered), else shipped; tracking company, number and URL kept. The event id combines the
 * fulfillment id and what it says, so each new state is one event and a repeat is none.
 */
export function eventFromShopifyFulfillment(payload: Json): FedEvent | undefined {
  const id = str(String(payload.id ?? ''));
  if (!id) return undefined;
  const shipment = str(payload.shipment_status);
  const type =
    shipment === 'delivered'
      ? 'delivered'
      : shipment === 'out_for_delivery'
        ? 'out_for_delivery'
        : shipment === 'attempted_delivery' || shipment === 'failure'
          ? 'delivery_attempted'
          : payload.status === 'cancelled'
            ? undefined
            : 'shipped';
  if (!type) return undefined;
  const url = str(payload.tracking_url) ?? str((payload.tracking_urls as unknown[] | undefined)?.[0]);
  return {
    eventId: `shopify-${id}-${type}`.replace(/[^A-Za-z0-9._:-]/g, '-').slice(0, 128),
    type,
    at: new Date(str(payload.updated_at) ?? str(payload.created_at) ?? Date.now()).toISOString(),
    ...(str(payload.tracking_company) ? { carrier: str(payload.tracking_company)!.slice(0, 64) } : {}),
    ...(str(payload.tracking_number) ? { trackingNumber: str(payload.tracking_number)!.slice(0, 64) } : {}),
    ...(url?.startsWith('https://') ? { trackingUrl: url.slice(0, 2048) } : {}),
  };
}
