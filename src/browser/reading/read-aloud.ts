import { LESSON_MARK } from '../../lib/content/reading/lesson-mark.ts';
import { pickChineseVoice, splitForSpeech } from '../../lib/content/reading/speech-chunks.ts';

// Blocks whose text is read, one after another; containers are skipped so nothing is read twice.
const BLOCKS = 'h2, h3, h4, p, li, th, td, blockquote, summary, legend, label, dt, dd, figcaption';

type State = 'idle' | 'speaking' | 'paused';
const LABELS = { idle: '朗读本课', speaking: '暂停朗读', paused: '继续朗读' } satisfies Record<State, string>;

/** The lesson's visible text as short pieces, in reading order (closed answers stay unread). */
function lessonPieces(title: string, lesson: Element): string[] {
  const blocks = [...lesson.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (block) => !block.querySelector(BLOCKS) && block.getClientRects().length > 0,
  );
  return [title, ...blocks.map((block) => block.innerText)].flatMap((text) => splitForSpeech(text));
}

/** 朗读本课: reads the lesson aloud in Mandarin, shown only when the device has a Chinese voice. */
export function startReadAloud(root: HTMLElement): void {
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const [toggle, stop] = root.querySelectorAll('button');
  const lesson = document.querySelector(`[${LESSON_MARK}]`);
  if (!toggle || !stop || !lesson) return;
  let voice: SpeechSynthesisVoice | undefined;
  let state: State = 'idle';
  let reading = 0;

  const show = (next: State) => {
    state = next;
    toggle.textContent = LABELS[state];
    stop.hidden = state === 'idle';
  };
  // Voices arrive asynchronously in most browsers: look again whenever the list changes.
  const findVoice = () => {
    voice = pickChineseVoice(synth.getVoices());
    root.hidden = !voice;
  };

  toggle.addEventListener('click', () => {
    if (state === 'speaking') {
      synth.pause();
      return show('paused');
    }
    if (state === 'paused') {
      synth.resume();
      return show('speaking');
    }
    const current = ++reading;
    synth.cancel();
    const pieces = lessonPieces(root.dataset.title ?? '', lesson);
    pieces.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice?.lang ?? 'zh-CN';
      if (voice) utterance.voice = voice;
      if (index === pieces.length - 1)
        utterance.addEventListener('end', () => current === reading && show('idle'));
      synth.speak(utterance);
    });
    show('speaking');
  });
  stop.addEventListener('click', () => {
    reading++;
    synth.cancel();
    show('idle');
  });
  // Leaving the page must not leave the phone talking.
  addEventListener('pagehide', () => synth.cancel());
  synth.addEventListener?.('voiceschanged', findVoice);
  findVoice();
}
