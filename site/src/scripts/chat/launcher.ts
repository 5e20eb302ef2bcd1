/**
 * The chat widget's launcher (components/chat/ChatWidget.astro): the only chat code that loads with
 * the page. The conversation (./widget.ts, its panel styles and the API client) is imported on the
 * first sign of intent, a pointer over, a touch on or the focus on the launcher, and the click
 * opens it once it is there; "Ask our assistant" links (`data-open-chat`) open it too, and a panel
 * left open on the previous page opens again straight away. The launcher is a static, fixed
 * button and the panel is fixed above it, so nothing on the page moves when the widget arrives.
 */
type Widget = typeof import('./widget');

let widget: Promise<Widget> | undefined;
const load = (): Promise<Widget> =>
  (widget ??= import('./widget').catch((error: unknown) => {
    widget = undefined; // offline for a moment: the next click tries again
    throw error;
  }));
const use = (act: (w: Widget) => void) => void load().then(act, () => undefined);

const launcher = document.getElementById('chat-launcher');
if (launcher) {
  for (const type of ['pointerenter', 'touchstart', 'focus'])
    launcher.addEventListener(type, () => use(() => undefined), { once: true, passive: true });
  launcher.addEventListener('click', () => use((w) => w.toggle()));
  document.addEventListener('click', (event) => {
    if (!(event.target as Element | null)?.closest?.('[data-open-chat]')) return;
    event.preventDefault();
    use((w) => w.open());
  });
  try {
    if ((JSON.parse(sessionStorage.getItem('portal.chat') ?? '{}') as { open?: boolean }).open) use(() => undefined);
  } catch {
    /* storage disabled or a corrupt entry: the chat starts closed */
  }
}
