// satteri is @astrojs/markdown-satteri's engine; only its types are needed here.
import type { HastPluginDefinition } from 'satteri';

/**
 * GFM task lists ("- [x] 已签到") render a bare, disabled checkbox that screen readers announce
 * without a name. This names each one 已完成 or 未完成, in .md and .mdx alike.
 */
export const labelTaskCheckboxes: HastPluginDefinition = {
  name: 'label-task-checkboxes',
  element: {
    filter: ['input'],
    visit(node, ctx) {
      if (node.properties.type !== 'checkbox') return;
      ctx.setProperty(node, 'ariaLabel', node.properties.checked ? '已完成' : '未完成');
    },
  },
};
