/** The photos a customer sent with a problem report, on the ticket (links expire after minutes). */
import { api, ok } from '../../lib/api/client';
import { byId, h } from '../../lib/dom';
import { tr } from './i18n';

export async function showTicketPhotos(ticketId: string): Promise<void> {
  const { orderNumber = '', photos } = await ok(
    api.GET('/admin/tickets/{id}/photos', { params: { path: { id: ticketId } } }),
  ).catch(() => ({ orderNumber: '', photos: [] }));
  byId('ticket-photos').hidden = photos.length === 0;
  byId('photo-list').replaceChildren(
    ...photos.map((photo, i) => {
      const alt = tr('ticket.photoAlt', { n: i + 1, order: orderNumber });
      return h(
        'li',
        {},
        h(
          'a',
          { href: photo.url, target: '_blank', rel: 'noopener' },
          h('img', { src: photo.url, alt, width: 240, loading: 'lazy' }),
        ),
      );
    }),
  );
}
