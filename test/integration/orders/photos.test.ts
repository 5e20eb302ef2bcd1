import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const MAX = 64 * 1024;
/** The first bytes of a real PNG, then padding: what the type check reads. */
const png = (size = 1024) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};
const jpeg = (size = 1024) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};

interface Slot {
  photoId: string;
  upload: { url: string; fields: Record<string, string> };
  maxBytes: number;
}

describe('Routes: photos of a problem report', () => {
  let portal: TestPortal;
  let ana: string;
  let ben: string;
  let agent: string;
  let order: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { PHOTO_MAX_BYTES: String(MAX) } });
    [ana, ben, agent] = await Promise.all([
      login(portal.url, 'ana@example.com'),
      login(portal.url, 'ben@example.com'),
      login(portal.url, 'agent@example.com'),
    ]);
    order = (await call(portal.url, 'GET', '/api/orders', { token: ana })).json.orders[0].orderNumber;
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const slot = (body: unknown, token = ana, n = order) =>
    call(portal.url, 'POST', `/api/orders/${n}/problems/photos`, { token, body });
  /** Posts the file the way a browser posts a presigned POST: every field, then `file`. */
  const upload = async (s: Slot, bytes: Uint8Array, type: string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...s.upload.fields, ...fields })) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'photo');
    const res = await fetch(new URL(s.upload.url, portal.url), { method: 'POST', body: form });
    return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
  };
  const report = (photoIds: string[], token = ana) =>
    call(portal.url, 'POST', `/api/orders/${order}/problems`, {
      token,
      body: {
        kind: 'damaged',
        description: `Broken on arrival (${photoIds.length} photos ${Math.random()})`,
        photoIds,
      },
    });
  const uploaded = async (bytes = png(), type = 'image/png') => {
    const s = (await slot({ contentType: type, size: bytes.length })).json as Slot;
    expect((await upload(s, bytes, type)).status).toBe(204);
    return s.photoId;
  };

  it('should take up to three uploaded photos onto the ticket, where agents can open them', async () => {
    // Prepare
    const ids = [await uploaded(), await uploaded(jpeg(), 'image/jpeg'), await uploaded()];

    // Act
    const reply = await report(ids);
    const link = await call(portal.url, 'GET', `/api/admin/orders/${order}/photos/${ids[1]}`, { token: agent });
    const image = await fetch(new URL(link.json.url, portal.url));

    // Assess
    expect(reply.status).toBe(201);
    const ticket = await portal.deps.stores.tickets.get(reply.json.ticketId);
    expect(ticket?.orderNumber).toBe(order);
    const listed = await call(portal.url, 'GET', `/api/admin/tickets/${reply.json.ticketId}/photos`, { token: agent });
    expect(listed.json.photos.map((p: { photoId: string }) => p.photoId)).toEqual(ids);
    expect(link.status).toBe(200);
    expect(link.json.contentType).toBe('image/jpeg');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(jpeg());
  });

  it('should refuse a photo over the size limit before any upload, and an upload over it', async () => {
    // Act
    const asked = await slot({ contentType: 'image/png', size: MAX + 1 });
    const s = (await slot({ contentType: 'image/png', size: 1000 })).json as Slot;
    const sent = await upload(s, png(MAX + 1), 'image/png');

    // Assess
    const problem = expectProblem(asked, 400);
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain('size');
    expect(sent.status).toBe(413);
    expectProblem(await report([s.photoId]), 400);
  });

  it.each([
    ['a GIF', { contentType: 'image/gif', size: 100 }, 'contentType'],
    ['an SVG', { contentType: 'image/svg+xml', size: 100 }, 'contentType'],
    ['no size', { contentType: 'image/png' }, 'size'],
    ['an unknown field', { contentType: 'image/png', size: 100, key: 'x' }, 'key'],
  ])('should refuse %s with a 400 problem naming the field', async (_what, body, field) => {
    // Act
    const reply = await slot(body);

    // Assess
    const problem = expectProblem(reply, 400);
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('should refuse bytes that are not the image type the form was made for, and keep nothing', async () => {
    // Prepare
    const s = (await slot({ contentType: 'image/png', size: 1024 })).json as Slot;
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');

    // Act
    const wrong = await upload(s, html, 'image/png');
    const other = await upload(s, jpeg(), 'image/jpeg');

    // Assess
    expect(wrong.status).toBe(400);
    expect(other.status).toBe(400);
    expect(await portal.deps.photoFiles.stat(`problem-photos/${s.photoId}`)).toBeUndefined();
  });

  it('should refuse a forged or changed upload form', async () => {
    // Prepare
    const s = (await slot({ contentType: 'image/png', size: 1024 })).json as Slot;

    // Act
    const bigger = await upload(s, png(), 'image/png', { 'x-max-bytes': String(10 * MAX) });
    const elsewhere = await upload(s, png(), 'image/png', { key: 'problem-photos/someone-elses-photo' });
    const unsigned = await upload(s, png(), 'image/png', { policy: 'forged' });

    // Assess
    expect([bigger.status, elsewhere.status, unsigned.status]).toEqual([403, 403, 403]);
  });

  it("should refuse photos that are not the customer's, not for this order or never uploaded, and open nothing", async () => {
    // Prepare
    const bens = (await call(portal.url, 'GET', '/api/orders', { token: ben })).json.orders[0].orderNumber;
    const s = (await slot({ contentType: 'image/png', size: 1024 }, ben, bens)).json as Slot;
    await upload(s, png(), 'image/png');
    const pending = (await slot({ contentType: 'image/png', size: 1024 })).json as Slot;
    const good = await uploaded();
    const anaSub = (await portal.deps.stores.customers.get('ana@example.com'))!.customerId;
    const before = (await portal.deps.stores.tickets.listByCustomer(anaSub)).length;

    // Act
    const stolen = await report([good, s.photoId]);
    const notYet = await report([pending.photoId]);
    const madeUp = await report(['00000000-0000-4000-8000-000000000000']);

    // Assess
    const problem = expectProblem(stolen, 400);
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(['photoIds.1']);
    expect(expectProblem(notYet, 400).errors[0].message).toMatch(/did not finish uploading/);
    expectProblem(madeUp, 400);
    expect((await portal.deps.stores.tickets.listByCustomer(anaSub)).length).toBe(before);
  });

  it('should answer in the customer language, and 404 for an order that is not theirs', async () => {
    // Act
    const german = await call(portal.url, 'POST', `/api/orders/${order}/problems/photos?locale=de`, {
      token: ana,
      body: { contentType: 'image/png', size: MAX + 1 },
    });
    const notMine = await slot({ contentType: 'image/png', size: 100 }, ben);

    // Assess
    expect(expectProblem(german, 400).detail).toMatch(/höchstens/);
    expectProblem(notMine, 404);
  });

  it('should show photos to staff only', async () => {
    // Prepare
    const id = await uploaded();

    // Act
    const customer = await call(portal.url, 'GET', `/api/admin/orders/${order}/photos/${id}`, { token: ana });
    const wrongOrder = await call(portal.url, 'GET', `/api/admin/orders/10099/photos/${id}`, { token: agent });
    const link = (await call(portal.url, 'GET', `/api/admin/orders/${order}/photos/${id}`, { token: agent })).json;
    const tampered = await fetch(new URL(link.url.replace(id, '00000000-0000-4000-8000-000000000000'), portal.url));

    // Assess
    expectProblem(customer, 403);
    expectProblem(wrongOrder, 404);
    expect(tampered.status).toBe(403);
  });

  it('should refuse more upload slots than an order may have, saying why', async () => {
    // Prepare: another of ana's orders, its slots used up.
    const other = (await call(portal.url, 'GET', '/api/orders', { token: ana })).json.orders[1].orderNumber;
    for (let i = 0; i < 12; i++)
      expect((await slot({ contentType: 'image/webp', size: 10 }, ana, other)).status).toBe(201);

    // Act
    const more = await slot({ contentType: 'image/webp', size: 10 }, ana, other);

    // Assess
    expect(expectProblem(more, 409).detail).toMatch(/You have sent 12 photos for this order already/);
  });

  it('should delete the photos of an erased account', async () => {
    // Prepare
    const lena = await login(portal.url, 'lena@example.de');
    const hers = (await call(portal.url, 'GET', '/api/orders', { token: lena })).json.orders[0].orderNumber;
    const s = (await slot({ contentType: 'image/png', size: 1024 }, lena, hers)).json as Slot;
    expect((await upload(s, png(), 'image/png')).status).toBe(204);
    expect(await portal.deps.photoFiles.stat(`problem-photos/${s.photoId}`)).toBeDefined();

    // Act
    const erased = await call(portal.url, 'DELETE', '/api/me', { token: lena, body: { password: 'demo-password' } });

    // Assess
    expect(erased.status).toBeLessThan(300);
    expect(await portal.deps.photoFiles.stat(`problem-photos/${s.photoId}`)).toBeUndefined();
  });
});
