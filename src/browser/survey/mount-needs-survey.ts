// What NeedsSurvey.astro runs in the browser: the ticked topics are saved with the progress on
// every change (no submit button to forget), in the page's topic order.
import { readSurvey, setSurvey } from '../progress/progress-store.ts';

const form = document.querySelector<HTMLFormElement>('[data-needs-survey]')!;
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const status = form.querySelector<HTMLElement>('[data-survey-status]')!;
const saved = new Set(readSurvey());
for (const box of boxes) box.checked = saved.has(box.value);
form.hidden = false;

const save = () => {
  const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
  setSurvey(chosen);
  status.textContent = chosen.length
    ? `已保存：选了 ${chosen.length} 个专题。可以随时修改。`
    : '已清除，现在没有选择任何专题。';
};
for (const box of boxes) box.addEventListener('change', save);
form.querySelector('[data-survey-clear]')!.addEventListener('click', () => {
  for (const box of boxes) box.checked = false;
  save();
  boxes[0]?.focus();
});
form.addEventListener('submit', (event) => event.preventDefault());
