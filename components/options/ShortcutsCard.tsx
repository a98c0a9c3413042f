import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';
import { shortcutFromKeyPress } from '@/lib/shortcuts/keys';
import { isFirefox } from '@/lib/browser/firefox';
import { holderOf, type NamedShortcut } from '@/lib/shortcuts/conflict';

/**
 * The slice of the browser the card uses. `update` and `openShortcutSettings` are Firefox's (Chrome
 * lets only the user change shortcuts, at chrome://extensions/shortcuts).
 */
export interface ShortcutsApi {
  getAll(): Promise<NamedShortcut[]>;
  update?(detail: { name: string; shortcut: string }): Promise<void>;
  openShortcutSettings?(): Promise<void>;
}

interface Props {
  api?: ShortcutsApi;
  /** Opens Chrome's shortcut page (a chrome:// page, which a link may not open). */
  openChromePage?: () => Promise<unknown>;
  firefox?: boolean;
  mac?: boolean;
}

const LABEL = {
  _execute_action: 'commandOpenPopup',
  'toggle-walk': 'commandToggleWalk',
  'toggle-pause': 'commandTogglePause',
} as const;
const labelOf = (name: string) => (name in LABEL ? t(LABEL[name as keyof typeof LABEL]) : name);
const rank = (name: string) => {
  const i = Object.keys(LABEL).indexOf(name);
  return i < 0 ? Infinity : i;
};

const defaults = () => ({
  api: browser.commands as unknown as ShortcutsApi,
  openChromePage: () => browser.tabs.create({ url: 'chrome://extensions/shortcuts' }),
  firefox: isFirefox(browser.runtime),
  mac: /Mac/.test(navigator.platform),
});

/** The current keyboard shortcuts (commands.getAll), and how to change them in this browser. */
export function ShortcutsCard(props: Props) {
  const { api, openChromePage, firefox, mac } = { ...defaults(), ...props };
  const [list, setList] = useState<NamedShortcut[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const changeButtons = useRef<Record<string, HTMLButtonElement | null>>({});
  const field = useRef<HTMLInputElement | null>(null);
  const saving = useRef(false);

  // Through a promise: a browser (or a test double) without the API throws at the call.
  const load = () =>
    Promise.resolve()
      .then(() => api.getAll())
      .then(
        // In the order the product names them (Chrome lists them by name).
        (all) => setList(all.filter((c) => c.name).sort((a, b) => rank(a.name!) - rank(b.name!))),
        () => setList([]),
      );
  useEffect(() => void load(), []);

  const stopEditing = (name: string) => {
    // Focus goes back to the button that started the change now, in this task, before the field
    // leaves the page: a focused field removed from the page leaves focus on the body, and a timer set
    // to move it later can fire a second or more late in Firefox (seen in a QA probe), after the
    // user has opened the next field. Focus the user has moved elsewhere meanwhile stays there.
    const active = document.activeElement;
    if (!active || active === document.body || active === field.current) changeButtons.current[name]?.focus();
    setEditing(null);
  };

  const save = async (name: string, shortcut: string) => {
    saving.current = true;
    try {
      // The list as it is now (it may have changed in about:addons since the page read it).
      const all = await Promise.resolve()
        .then(() => api.getAll())
        .catch(() => list ?? []);
      const holder = holderOf(all, name, shortcut, mac);
      // Firefox would take it; then only one of the two commands would run. The field stays, for other keys.
      if (holder)
        return setMessage({ ok: false, text: t('optionsShortcutTaken', [labelOf(holder.name!), holder.shortcut!]) });
      await api.update!({ name, shortcut });
      setMessage({ ok: true, text: t('optionsShortcutSaved') });
    } catch (error) {
      setMessage({
        ok: false,
        text: t('optionsShortcutFailed', error instanceof Error ? error.message : String(error)),
      });
    } finally {
      saving.current = false;
    }
    stopEditing(name);
    await load();
  };

  const onKeyDown = (name: string, e: KeyboardEvent) => {
    if (e.key === 'Tab') return;
    e.preventDefault();
    // One change at a time: keys pressed while the browser saves the last ones wait for its answer.
    if (saving.current) return;
    if (e.key === 'Escape') return stopEditing(name);
    if (e.key === 'Backspace' || (e.key === 'Delete' && !e.ctrlKey && !e.altKey && !e.metaKey))
      return void save(name, '');
    const result = shortcutFromKeyPress(e, mac);
    if (result.ok) void save(name, result.shortcut);
    else if (result.reason === 'invalid') setMessage({ ok: false, text: t('optionsShortcutInvalid') });
  };

  const openSettings = firefox ? api.openShortcutSettings?.bind(api) : openChromePage;
  return (
    <section class="card" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <table class="shortcuts">
        <tbody>
          {(list ?? []).map(({ name = '', shortcut }) => (
            <tr key={name}>
              <th scope="row">{labelOf(name)}</th>
              <td>
                {editing === name ? (
                  <input
                    type="text"
                    readOnly
                    class="shortcut-input"
                    aria-label={t('optionsShortcutPress', labelOf(name))}
                    placeholder={t('optionsShortcutPress', labelOf(name))}
                    aria-describedby="shortcuts-status"
                    ref={(el) => {
                      field.current = el;
                      el?.focus();
                    }}
                    onKeyDown={(e) => onKeyDown(name, e)}
                    onBlur={() => setEditing(null)}
                  />
                ) : shortcut ? (
                  <kbd>{shortcut}</kbd>
                ) : (
                  <span class="hint">{t('optionsShortcutNone')}</span>
                )}
              </td>
              {firefox && api.update && (
                <td>
                  <button
                    type="button"
                    class="button"
                    ref={(el) => void (changeButtons.current[name] = el)}
                    aria-label={t('optionsShortcutChangeLabel', labelOf(name))}
                    onClick={() => {
                      setMessage(null);
                      setEditing(name);
                    }}
                  >
                    {t('optionsShortcutChange')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{firefox ? t('optionsShortcutsFirefox') : t('optionsShortcutsChrome')}</p>
      {openSettings && (
        <p>
          <button type="button" class="button" onClick={() => void openSettings()}>
            {t('optionsShortcutsOpen')}
          </button>
        </p>
      )}
      <p id="shortcuts-status" role="status" class={message && !message.ok ? 'field-error' : 'hint'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
