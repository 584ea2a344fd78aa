// What CodeVerifier.astro runs in the browser. The verify page: checks a completion code against
// the published path.
import { startCodeVerifier } from './code-verifier.ts';

startCodeVerifier(document.querySelector<HTMLFormElement>('[data-verify]')!);
