import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activeSvgLines } from '../../../../../src/lib/content/validation/dist-svgs.ts';

test('names each active SVG of dist/ at file:line, in Chinese, and passes clean ones', () => {
  const lines = activeSvgLines([
    { file: 'qr/ll-001.svg', text: '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1v1z"/></svg>' },
    {
      file: '_astro/flow.Ab12.svg',
      text: '<svg xmlns="http://www.w3.org/2000/svg">\n<script>x()</script></svg>',
    },
  ]);
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /^dist\/_astro\/flow\.Ab12\.svg:2:1 {2}svg {2}SVG 文件中不允许 <script>：/);
});
