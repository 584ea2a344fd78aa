// What ReadAloud.astro runs in the browser. The read-aloud control on a module page.
import { startReadAloud } from './read-aloud.ts';

const root = document.querySelector<HTMLElement>('[data-read-aloud]');
if (root) startReadAloud(root);
