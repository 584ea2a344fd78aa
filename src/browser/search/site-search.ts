/**
 * The search dialog's behaviour. Opening it the first time imports the search box and its styles
 * (search-ui.ts); without a network it shows a Chinese note instead of a spinner that never ends.
 */
const isOffline = () => navigator.onLine === false;

class SiteSearch extends HTMLElement {
  #loaded: Promise<void> | undefined;

  connectedCallback() {
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;
    const offlineNote = this.querySelector<HTMLElement>('[data-search-offline]')!;
    const loadingNote = this.querySelector<HTMLElement>('[data-search-loading]')!;

    const showOffline = () => {
      offlineNote.hidden = !isOffline();
    };
    /** Close when a result link or the backdrop is clicked. */
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      if ('href' in target || (document.body.contains(target) && !frame.contains(target))) dialog.close();
    };
    const open = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      showOffline();
      this.#load(loadingNote, offlineNote);
      this.querySelector('input')?.focus();
      event?.stopPropagation();
      addEventListener('click', onClick);
    };

    openButton.addEventListener('click', open);
    openButton.disabled = false;
    closeButton.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      removeEventListener('click', onClick);
    });
    // A search field takes the first Escape to clear itself; a member pressing Escape wants out.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') dialog.close();
    });
    addEventListener('offline', showOffline);
    addEventListener('online', showOffline);
    // Typing while offline: the results would never come, so say why.
    dialog.addEventListener('input', showOffline);
    addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        if (dialog.open) dialog.close();
        else open();
        event.preventDefault();
      }
    });
    // navigator.platform on purpose, as Starlight does: devtools spoof the user agent.
    if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform))
      openButton.setAttribute('aria-keyshortcuts', 'Meta+K');
  }

  #load(loadingNote: HTMLElement, offlineNote: HTMLElement): Promise<void> {
    this.#loaded ??= (async () => {
      loadingNote.hidden = false;
      try {
        const { mountSearchUi } = await import('./search-ui.ts');
        await mountSearchUi(this.querySelector<HTMLElement>('[data-search-box]')!);
        this.querySelector('input')?.focus();
      } catch {
        // Offline and not yet cached: try again at the next opening.
        this.#loaded = undefined;
        offlineNote.hidden = false;
      } finally {
        loadingNote.hidden = true;
      }
    })();
    return this.#loaded;
  }
}

export function defineSiteSearch(): void {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}
