import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

/**
 * A hast plugin as the configured processor takes it, typed through @astrojs/markdown-satteri:
 * the type follows the satteri that processor runs, whichever copy npm puts at the top.
 */
type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * GFM task lists ("- [x] 已签到") render a bare, disabled checkbox that screen readers announce
 * without a name. This names each one 已完成 or 未完成, in .md and .mdx alike.
 */
export const labelTaskCheckboxes: HastPlugin = {
  name: 'label-task-checkboxes',
  element: {
    filter: ['input'],
    visit(node, ctx) {
      if (node.properties.type !== 'checkbox') return;
      ctx.setProperty(node, 'ariaLabel', node.properties.checked ? '已完成' : '未完成');
    },
  },
};
