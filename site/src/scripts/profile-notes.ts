/** The profile's personal notes from the shop's staff (server-sanitised HTML), shown when there are any. */
import { api, ok } from '../lib/api/client';
import { byId, h } from '../lib/dom';
import { day } from '../lib/format';
import { t } from '../lib/ui';

try {
  const { notes } = await ok(api.GET('/me/notes'));
  if (notes.length) {
    byId('note-list').replaceChildren(
      ...notes.map((note) => {
        const text = h('div', { class: 'note-text' });
        text.innerHTML = note.html; // sanitised by the API (the FAQ's sanitize-html allow-list)
        return h(
          'li',
          {},
          text,
          h(
            'p',
            { class: 'meta-line' },
            h('time', { datetime: note.at }, t('profile.notes.written', { date: day(note.at) })),
          ),
        );
      }),
    );
    byId('notes').hidden = false;
  }
} catch {
  /* notes are a kindness, not a function: the profile works without them */
}
