// Starlight's phone menu opens through the popover attribute alone (iOS 17+, Chrome 114+). On
// older phones this opens and closes the same pane with a class, and traps focus as Starlight does.

/** Makes the menu button work where `popover` is not supported; does nothing where it is. */
export function startMenuFallback(): void {
  if ('popover' in HTMLElement.prototype) return;
  const button = document.querySelector<HTMLButtonElement>('button[popovertarget="starlight__sidebar"]');
  const pane = document.getElementById('starlight__sidebar');
  if (!button || !pane) return;
  button.removeAttribute('popovertarget');
  pane.removeAttribute('popover');
  button.setAttribute('aria-controls', pane.id);
  const setOpen = (open: boolean) => {
    pane.classList.toggle('cm-menu-open', open);
    button.setAttribute('aria-expanded', String(open));
    for (const element of document.querySelectorAll('.main-frame, .sl-skip-link'))
      element.toggleAttribute('inert', open);
  };
  setOpen(false);
  button.addEventListener('click', () => setOpen(!pane.classList.contains('cm-menu-open')));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && pane.classList.contains('cm-menu-open')) {
      setOpen(false);
      button.focus();
    }
  });
}
