/**
 * 评价本课（可选） under the 标记为已学 button (issue 18, 培训评估): built the first time the module
 * is marked studied, saved on every choice (no submit button to forget), changeable, and removable
 * with 清除评价. Native radio buttons in a fieldset with a legend are an accessible radio group with
 * no script of their own. The rating is kept when the mark is taken back, so marking again brings
 * it back; it stays on the device and rides in the completion code. Nothing is sent.
 */
import { isRating, RATING_LABELS, ratingLabel } from '../../lib/progress/ratings.ts';
import { readRatings, setRating } from './progress-store.ts';

const MARKUP =
  '<legend>评价本课（可选）</legend>' +
  '<p class="cm-rating__hint">评价只保存在本设备上，生成完成码时一并带上，供党支部汇总满意率。</p>' +
  RATING_LABELS.map(
    (label, i) =>
      `<label class="cm-rating__option"><input type="radio" name="cm-rating" value="${i + 1}">${label}</label>`,
  ).join('') +
  '<p class="cm-rating__footer"><button type="button" hidden>清除评价</button><span aria-live="polite"></span></p>';

function createRating(after: HTMLElement, code: string): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'cm-rating';
  fieldset.setAttribute('data-pagefind-ignore', '');
  fieldset.innerHTML = MARKUP;
  const radios = [...fieldset.querySelectorAll('input')];
  const clear = fieldset.querySelector('button')!;
  const status = fieldset.querySelector('span')!;
  const show = (rating: number | undefined) => {
    for (const radio of radios) radio.checked = Number(radio.value) === rating;
    clear.hidden = rating === undefined;
  };
  show(readRatings().get(code));
  for (const radio of radios)
    radio.addEventListener('change', () => {
      const rating = Number(radio.value);
      if (!isRating(rating)) return;
      setRating(code, rating);
      show(rating);
      status.textContent = `已保存：${ratingLabel(rating)}。可以随时修改。`;
    });
  clear.addEventListener('click', () => {
    setRating(code, undefined);
    show(undefined);
    status.textContent = '已清除评价。';
    radios[0]!.focus();
  });
  after.after(fieldset);
  return fieldset;
}

/** Returns the function that shows the rating with the studied mark, and hides it without. */
export function startModuleRating(root: HTMLElement, code: string): (studied: boolean) => void {
  let fieldset: HTMLFieldSetElement | undefined;
  return (studied) => {
    if (studied) fieldset ??= createRating(root, code);
    if (fieldset) fieldset.hidden = !studied;
  };
}
