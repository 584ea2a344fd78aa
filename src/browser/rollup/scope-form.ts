/**
 * The 汇总单位与年度 form: reads the scope from it, writes a stored scope into it, and shows only
 * the fields the chosen level needs (a 二级单位 names its 集团 and itself, a 集团 itself, a level
 * above only itself).
 */
import { ROLLUP_LEVELS, type RollupLevel, type RollupScope } from '../../lib/rollup/scope.ts';

export interface ScopeForm {
  read(): RollupScope;
  write(scope: RollupScope): void;
  onChange(listener: () => void): void;
}

export function scopeForm(root: HTMLElement): ScopeForm {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const radios = [...root.querySelectorAll<HTMLInputElement>('[data-rollup-level]')];
  const company = $<HTMLInputElement>('[data-rollup-company]');
  const unit = $<HTMLInputElement>('[data-rollup-unit]');
  const name = $<HTMLInputElement>('[data-rollup-name]');
  const year = $<HTMLInputElement>('[data-rollup-year]');
  const level = (): RollupLevel => {
    const value = radios.find((radio) => radio.checked)?.value;
    return ROLLUP_LEVELS.find((l) => l === value) ?? 'company';
  };
  const showFields = () => {
    for (const field of root.querySelectorAll<HTMLElement>('[data-rollup-for]'))
      field.hidden = !field.dataset.rollupFor!.split(' ').includes(level());
  };
  return {
    read: () => ({
      level: level(),
      year: Number(year.value),
      company: company.value,
      unit: unit.value,
      name: name.value,
    }),
    write(scope) {
      for (const radio of radios) radio.checked = radio.value === scope.level;
      company.value = scope.company;
      unit.value = scope.unit;
      name.value = scope.name;
      year.value = String(scope.year);
      showFields();
    },
    onChange(listener) {
      for (const radio of radios) radio.addEventListener('change', () => (showFields(), listener()));
      for (const input of [company, unit, name, year]) input.addEventListener('change', listener);
    },
  };
}
