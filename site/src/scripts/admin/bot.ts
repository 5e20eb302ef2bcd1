import { announce, byId, h } from '../../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../../lib/form-errors';
import { errorMessage } from '../../lib/messages';
import { startAdminPage } from './gate';
import { api, isStatus, ok } from '../../lib/api/client';
import type { BotExplanation, BotRules, BotRulesHistory } from '../../lib/api/types';
import { linesOf, linesToTexts, patternsToText, textsToLines, textToPatterns, type PatternGroup } from './bot-lines';
import { localeName, tr } from './i18n';

/** The parts of a rule file this page edits per intent (the rest is kept as it is). */
interface IntentRule {
  id: string;
  priority?: number;
  smallTalk?: boolean;
  patterns: Record<string, PatternGroup[] | undefined>;
  examples?: Record<string, string[] | undefined>;
  responses?: Record<string, Record<string, string | string[] | undefined>>;
}
interface RuleFile {
  intents: IntentRule[];
  [key: string]: unknown;
}

const status = byId('bot-status');
const intentForm = byId<HTMLFormElement>('bot-intent-form');
const intentSelect = byId<HTMLSelectElement>('bot-intent');
const editLocale = byId<HTMLSelectElement>('bot-edit-locale');
const priority = byId<HTMLInputElement>('bot-priority');
const smallTalk = byId<HTMLInputElement>('bot-small-talk');
const patterns = byId<HTMLTextAreaElement>('bot-patterns');
const examples = byId<HTMLTextAreaElement>('bot-examples');
const responses = byId<HTMLFieldSetElement>('bot-responses');
const jsonForm = byId<HTMLFormElement>('bot-form');
const json = byId<HTMLTextAreaElement>('bot-rules');
const history = byId<HTMLOListElement>('bot-history');
const testForm = byId<HTMLFormElement>('bot-test-form');
const testResult = byId('bot-test-result');

let version = 0;
let working: RuleFile = { intents: [] };

const currentIntent = () => working.intents.find((i) => i.id === intentSelect.value);

function show(doc: BotRules): void {
  version = doc.version;
  working = structuredClone(doc.rules) as RuleFile;
  json.value = JSON.stringify(working, null, 2);
  byId('bot-meta').textContent = tr('bot.meta', { version: doc.version, source: tr(`bot.source.${doc.source}`) });
  const selected = intentSelect.value;
  intentSelect.replaceChildren(...working.intents.map((i) => h('option', { value: i.id }, i.id)));
  if (working.intents.some((i) => i.id === selected)) intentSelect.value = selected;
  fillIntent();
}

/** Puts the chosen intent, in the chosen language, into the form. */
function fillIntent(): void {
  clearFieldErrors(intentForm);
  const intent = currentIntent();
  if (!intent) return;
  const locale = editLocale.value;
  priority.value = String(intent.priority ?? 10);
  smallTalk.checked = intent.smallTalk ?? false;
  patterns.value = patternsToText(intent.patterns[locale]);
  examples.value = (intent.examples?.[locale] ?? []).join('\n');
  const names = Object.keys(intent.responses ?? {});
  responses.querySelectorAll('.field').forEach((f) => {
    f.remove();
  });
  for (const name of names) {
    const id = `bot-response-${name}`;
    responses.append(
      h(
        'div',
        { class: 'field wide' },
        h('label', { for: id }, tr('bot.response', { name, language: localeName(locale) })),
        h(
          'textarea',
          { id, name: `response-${name}`, 'data-field': `response-${name}`, 'data-response': name, rows: 3 },
          textsToLines(intent.responses?.[name]?.[locale]),
        ),
      ),
    );
  }
}

/** Writes the form back into the working copy; false (with the field marked) when a line is wrong. */
function readIntent(): boolean {
  const intent = currentIntent();
  if (!intent) return false;
  const locale = editLocale.value;
  const parsed = textToPatterns(patterns.value);
  const level = Number(priority.value);
  const errors = [];
  if (!Number.isInteger(level) || level < 0 || level > 100)
    errors.push({ field: 'priority', message: tr('bot.badPriority') });
  if ('badLine' in parsed)
    errors.push({ field: 'patterns', message: tr('bot.badPatternLine', { line: parsed.badLine }) });
  if (errors.length || 'badLine' in parsed) {
    showFieldErrors(intentForm, { type: 'invalid', title: '', status: 400, errors });
    announce(status, errors.map((e) => e.message).join(' '), 'error');
    return false;
  }
  intent.priority = level;
  intent.smallTalk = smallTalk.checked;
  intent.patterns = { ...intent.patterns, [locale]: parsed.groups.length ? parsed.groups : undefined };
  intent.examples = { ...intent.examples, [locale]: linesOf(examples.value) };
  for (const box of responses.querySelectorAll<HTMLTextAreaElement>('textarea[data-response]')) {
    const name = box.dataset.response!;
    const byLocale = { ...intent.responses?.[name], [locale]: linesToTexts(box.value) };
    intent.responses = { ...intent.responses, [name]: byLocale };
  }
  json.value = JSON.stringify(working, null, 2);
  return true;
}

/** Saves a whole rule file over the version this page loaded. */
async function save(rules: unknown, form: HTMLFormElement, field: string): Promise<void> {
  announce(status, tr('admin.loading'));
  try {
    const saved = await ok(
      api.PUT('/admin/bot/rules', { body: rules as Record<string, never>, headers: { 'if-match': `"${version}"` } }),
    );
    show(saved);
    await loadHistory();
    announce(status, tr('bot.saved', { version: saved.version }), 'success');
  } catch (error) {
    if (isStatus(error, 400)) {
      const message = error.problem?.detail ?? errorMessage(error);
      showFieldErrors(form, { type: 'invalid', title: '', status: 400, errors: [{ field, message }] });
      announce(status, message, 'error');
    } else announce(status, isStatus(error, 412) ? tr('bot.stale') : errorMessage(error), 'error');
  }
}

/** The JSON box, parsed; undefined (with the box marked) when it is not a JSON object. */
function parsedJson(): RuleFile | undefined {
  const invalid = (message: string) => {
    showFieldErrors(jsonForm, { type: 'invalid', title: '', status: 400, errors: [{ field: 'rules', message }] });
    announce(status, message, 'error');
    return undefined;
  };
  let value: unknown;
  try {
    value = JSON.parse(json.value);
  } catch (error) {
    return invalid(tr('bot.badJson', { message: (error as Error).message }));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return invalid(tr('bot.notObject'));
  return value as RuleFile;
}

function renderExplanation(why: BotExplanation): void {
  const decision =
    why.decision.intent === 'fallback'
      ? tr(why.decision.outOfScope ? 'bot.testOutOfScope' : 'bot.testFallback')
      : tr('bot.testDecision', { intent: why.decision.intent, confidence: Math.round(why.decision.confidence * 100) });
  const alternatives = why.decision.alternatives?.length
    ? h('p', {}, tr('bot.testAlternatives', { intents: why.decision.alternatives.join(', ') }))
    : null;
  const entities = [...why.entities.orderNumbers, ...why.entities.emails, ...why.entities.dates];
  const rows = why.intents.map((i) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, i.intent),
      h('td', { class: 'num' }, String(i.score)),
      h('td', { class: 'num' }, String(i.patternScore)),
      h('td', { class: 'num' }, String(i.exampleBonus)),
      h('td', { class: 'num' }, String(i.entityBoost)),
      h('td', {}, h('code', {}, i.matched.join('  ·  '))),
    ),
  );
  const lines: (Node | null)[] = [
    h('p', { id: 'bot-test-decision' }, h('strong', {}, decision)),
    alternatives,
    h('p', {}, tr('bot.testText', { text: why.text, language: localeName(why.language) })),
    entities.length ? h('p', {}, tr('bot.testEntities', { entities: entities.join(', ') })) : null,
    why.outOfScope.patternScore + why.outOfScope.exampleScore > 0
      ? h(
          'p',
          {},
          tr('bot.testOosCues', {
            score: Math.round((why.outOfScope.patternScore + why.outOfScope.exampleScore) * 1000) / 1000,
            patterns: why.outOfScope.matched.join(', ') || '—',
          }),
        )
      : null,
    why.nearestExamples.length
      ? h(
          'p',
          {},
          tr('bot.testNearest', {
            examples: why.nearestExamples.map((e) => `${e.class} (${e.similarity})`).join(', '),
          }),
        )
      : null,
    rows.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { id: 'bot-test-table' },
            h('caption', {}, tr('bot.testTableCaption')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...[
                  'bot.testIntent',
                  'bot.testScore',
                  'bot.testPatterns',
                  'bot.testExamples',
                  'bot.testEntitiesCol',
                  'bot.testMatched',
                ].map((k) => h('th', { scope: 'col' }, tr(k as Parameters<typeof tr>[0]))),
              ),
            ),
            h('tbody', {}, ...rows),
          ),
        )
      : h('p', {}, tr('bot.testNothing')),
  ];
  testResult.replaceChildren(...lines.filter((n): n is Node => n !== null));
}

async function loadHistory(): Promise<void> {
  const doc: BotRulesHistory = await ok(api.GET('/admin/bot/rules/history'));
  const item = (n: number, label: string) =>
    h(
      'li',
      {},
      `${label} `,
      n === doc.current
        ? h('span', { class: 'badge' }, tr('bot.historyCurrent'))
        : h('button', { type: 'button', class: 'secondary', 'data-restore': n }, tr('bot.restore', { version: n })),
    );
  history.replaceChildren(
    ...doc.versions.map((v) =>
      item(
        v.version,
        tr(v.restoredFrom === undefined ? 'bot.historyItem' : 'bot.historyRestored', {
          version: v.version,
          by: v.updatedBy,
          at: new Date(v.updatedAt).toLocaleString(document.documentElement.lang),
          from: v.restoredFrom ?? 0,
        }),
      ),
    ),
    item(0, tr('bot.historyBuiltIn')),
  );
}

history.addEventListener('click', async (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-restore]');
  if (!button) return;
  const from = Number(button.dataset.restore);
  button.disabled = true;
  announce(status, tr('admin.loading'));
  try {
    const saved = await ok(
      api.POST('/admin/bot/rules/restore', { body: { version: from }, headers: { 'if-match': `"${version}"` } }),
    );
    show(saved);
    await loadHistory();
    announce(status, tr('bot.restored', { version: saved.version, from }), 'success');
  } catch (error) {
    button.disabled = false;
    announce(status, isStatus(error, 412) ? tr('bot.stale') : errorMessage(error), 'error');
  }
});

intentSelect.addEventListener('change', fillIntent);
editLocale.addEventListener('change', fillIntent);

intentForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(intentForm);
  if (readIntent()) await save(working, intentForm, 'patterns');
});

jsonForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(jsonForm);
  const rules = parsedJson();
  if (rules) await save(rules, jsonForm, 'rules');
});

testForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(testForm);
  const message = byId<HTMLInputElement>('bot-test-message').value.trim();
  if (!message) {
    showFieldErrors(testForm, {
      type: 'invalid',
      title: '',
      status: 400,
      errors: [{ field: 'message', message: tr('bot.testEmpty') }],
    });
    return;
  }
  // The console tries what is in the editor, saved or not.
  if (!readIntent()) return;
  const locale = byId<HTMLSelectElement>('bot-test-locale').value as 'en';
  try {
    renderExplanation(
      await ok(
        api.POST('/admin/bot/test', { body: { message, locale, rules: working as unknown as Record<string, never> } }),
      ),
    );
  } catch (error) {
    announce(
      status,
      isStatus(error, 400) ? (error.problem?.detail ?? errorMessage(error)) : errorMessage(error),
      'error',
    );
  }
});

const load = async () => show(await ok(api.GET('/admin/bot/rules')));

byId('bot-reload').addEventListener('click', async () => {
  try {
    await load();
    clearFieldErrors(jsonForm);
    announce(status, tr('bot.reloaded', { version }));
  } catch (error) {
    announce(status, errorMessage(error), 'error');
  }
});

await startAdminPage(async () => {
  await load();
  await loadHistory();
});
