import { byId } from '../../lib/dom';
import { dateTime } from '../../lib/format';
import { compareFields } from './diff';
import { contentFields, readContent } from './editor-form';
import { tr } from './i18n';
import type { AdminArticle } from '../../lib/api/types';

const section = byId('conflict');
let current: AdminArticle | undefined;

/**
 * The 412 view: what differs between the admin's draft and the version saved meanwhile,
 * with the two ways out (take theirs, or overwrite it with mine).
 */
export function openConflict(theirs: AdminArticle): void {
  current = theirs;
  byId('conflict-text').textContent = tr('conflict.text', {
    version: theirs.version,
    by: theirs.updatedBy,
    at: dateTime(theirs.updatedAt),
  });
  byId('conflict-diff').replaceChildren(
    compareFields(
      tr('conflict.compare'),
      tr('conflict.mine'),
      tr('conflict.theirs', { version: theirs.version }),
      contentFields(readContent(), theirs),
    ),
  );
  section.hidden = false;
  byId('conflict-title').focus();
}

export function closeConflict(): void {
  section.hidden = true;
  current = undefined;
}

/** Wires the two buttons; each gets the version that is saved now. */
export function onConflictChoice(useTheirs: (a: AdminArticle) => void, overwrite: (a: AdminArticle) => void): void {
  const choose = (handler: (a: AdminArticle) => void) => () => {
    const theirs = current;
    closeConflict();
    if (theirs) handler(theirs);
  };
  byId('use-theirs').addEventListener('click', choose(useTheirs));
  byId('overwrite').addEventListener('click', choose(overwrite));
}
