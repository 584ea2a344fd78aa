import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { findActiveSvgContent, type SvgFinding } from '../../../../src/lib/security/svg-active-content.ts';
import { qrSvg } from '../../../../src/lib/content/qr/qr-svg.ts';
import { projectRoot } from '../../../helpers/content.ts';

const svg = (inner: string, rootAttributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${rootAttributes}>${inner}</svg>`;
/** Each finding as `kind element detail`, to compare whole lists at a glance. */
const summary = (text: string) => findActiveSvgContent(text).map(describeFinding);
function describeFinding(finding: SvgFinding): string {
  switch (finding.kind) {
    case 'element':
      return `element ${finding.element}`;
    case 'event-handler':
      return `event-handler ${finding.element} ${finding.attribute}`;
    case 'animation':
      return `animation ${finding.element} ${finding.target}`;
    case 'reference':
      return `reference ${finding.element} ${finding.attribute} ${finding.problem.kind}`;
    case 'css':
      return `css ${finding.element} ${finding.found}`;
    case 'declaration':
      return `declaration ${finding.what} ${finding.name}`;
    case 'unreadable':
      return `unreadable ${finding.reason}`;
  }
}

describe('findActiveSvgContent: script in any spelling', () => {
  const cases: [string, string, string[]][] = [
    ['lower case', svg('<script>alert(1)</script>'), ['element script']],
    ['upper case', svg('<SCRIPT>alert(1)</SCRIPT>'), ['element SCRIPT']],
    [
      'namespaced',
      svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">x()</svg:script>'),
      ['element svg:script'],
    ],
    [
      'XHTML prefix',
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">x()</h:script>'),
      ['element h:script'],
    ],
    ['inside CDATA', svg('<script><![CDATA[ if (a < b) alert(1) ]]></script>'), ['element script']],
    ['self-closing with href', svg('<script href="evil.js"/>'), ['element script']],
    ['line break in the tag', svg('<script\n  type="text/ecmascript"\n>x()</script>'), ['element script']],
    ['SVG Tiny handler', svg('<handler type="application/ecmascript">x()</handler>'), ['element handler']],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(summary(text), expected));

  test('a <script> inside a comment or a CDATA section of a text is text, not an element', () => {
    assert.deepEqual(
      summary(svg('<!-- <script>x()</script> --><text><![CDATA[<script>x()</script>]]></text>')),
      [],
    );
    assert.deepEqual(summary(svg('<text>&lt;script&gt;x()&lt;/script&gt;</text>')), []);
  });
});

describe('findActiveSvgContent: event handlers', () => {
  for (const attribute of ['onload', 'OnLoad', 'ONCLICK', 'onbegin', 'onfocusin', 'xlink:onclick']) {
    test(attribute, () => {
      assert.deepEqual(summary(svg(`<rect ${attribute}="x()"/>`)), [`event-handler rect ${attribute}`]);
    });
  }
  test('on the root element, with whitespace around =', () => {
    assert.deepEqual(summary(svg('', ' onload\n=\n"x()"')), ['event-handler svg onload']);
  });
  test('XML Events listener', () => {
    assert.deepEqual(summary(svg('<listener event="click" handler="#h"/>')), ['element listener']);
  });
});

describe('findActiveSvgContent: embedded documents', () => {
  for (const element of [
    'foreignObject',
    'iframe',
    'embed',
    'object',
    'frame',
    'base',
    'meta',
    'link',
    'form',
  ]) {
    test(element, () => assert.deepEqual(summary(svg(`<${element}/>`)), [`element ${element}`]));
  }
  test('an XHTML <iframe> inside foreignObject is named too', () => {
    const text = svg(
      '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject>',
    );
    assert.deepEqual(summary(text), [
      'element foreignObject',
      'element iframe',
      'reference iframe src external',
    ]);
  });
});

describe('findActiveSvgContent: references', () => {
  const refused: [string, string][] = [
    ['javascript:', '<a href="javascript:alert(1)"><text>x</text></a>'],
    ['xlink:href with a tab reference', '<a xlink:href="java&#x09;script:alert(1)"/>'],
    ['decimal references', '<a href="&#106;&#97;vascript:alert(1)"/>'],
    ['a newline reference and leading spaces', '<a href="  java&#10;script:x()"/>'],
    ['upper case scheme', '<a href="JAVASCRIPT:x()"/>'],
    ['data: document', '<a href="data:text/html,&lt;script&gt;x()&lt;/script&gt;"/>'],
    ['data: SVG image', '<image href="data:image/svg+xml;base64,PHN2Zz4="/>'],
    ['https link', '<a href="https://evil.example/"/>'],
    ['protocol-relative image', '<image href="//evil.example/a.png"/>'],
    ['backslashes', '<image href="\\\\evil.example\\a.png"/>'],
    ['xml:base', '<g xml:base="https://evil.example/"/>'],
  ];
  for (const [name, inner] of refused) {
    test(`refuses ${name}`, () => {
      const found = findActiveSvgContent(svg(inner));
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0]!.kind, 'reference');
    });
  }
  test('<use> only reaches into its own file', () => {
    assert.deepEqual(
      summary(svg('<use href="sprite.svg#star"/><use xlink:href="https://evil.example/a.svg#b"/>')),
      ['reference use href use', 'reference use xlink:href use'],
    );
  });
  test('passes #ids, relative files and embedded raster images', () => {
    const text = svg(
      '<defs><path id="p"/></defs><use href="#p"/><use xlink:href="#p"/><a href="../ll-002/"><text>x</text></a>' +
        '<image href="photo.png"/><image xlink:href="data:image/png;base64,iVBORw0KGgo="/>',
    );
    assert.deepEqual(summary(text), []);
  });
  test('an animation may not change a link, a handler or the style', () => {
    const text = svg(
      '<a><set attributeName="href" to="javascript:x()"/><animate attributeName="xlink:href" values="javascript:x()"/>' +
        '<set attributeName="onmouseover" to="x()"/><animate attributeName="opacity" from="0" to="1"/></a>',
    );
    assert.deepEqual(summary(text), [
      'animation set href',
      'animation animate xlink:href',
      'animation set onmouseover',
    ]);
  });
});

describe('findActiveSvgContent: CSS', () => {
  test('@import and url() to another host, in <style>, style attributes and presentation attributes', () => {
    const text = svg(
      '<style>@import "https://evil.example/a.css";</style><rect style="fill: url( \'https://evil.example/p\' )"/>' +
        '<rect filter="url(https://evil.example/f.svg#f)"/>',
    );
    assert.deepEqual(summary(text), [
      'css style @import',
      'css rect url(https://evil.example/p)',
      'css rect url(https://evil.example/f.svg#f)',
    ]);
  });
  test('CSS escapes, comments, references and CDATA do not hide them', () => {
    assert.deepEqual(summary(svg('<style>@\\69mport url(x.css);</style>')), [
      'css style @import',
      'css style url(x.css)',
    ]);
    assert.deepEqual(summary(svg('<style>@imp<!-- -->ort "a.css";</style>')), ['css style @import']);
    assert.deepEqual(summary(svg('<style>&#64;import "a.css";</style>')), ['css style @import']);
    assert.deepEqual(
      summary(svg('<style><![CDATA[ .a { background: \\75 rl(//evil.example/) } ]]></style>')),
      ['css style url(//evil.example/)'],
    );
  });
  test('url(#id) is a same-document reference', () => {
    assert.deepEqual(
      summary(
        svg('<style>.a { fill: url(#g) }</style><rect fill="url(#g)" style="mask:url(&quot;#m&quot;)"/>'),
      ),
      [],
    );
  });
});

describe('findActiveSvgContent: declarations and what cannot be read', () => {
  test('an internal DTD subset (entity expansion) and undefined entities', () => {
    const text = '<!DOCTYPE svg [\n<!ENTITY x "<script>x()</script>">\n]>\n<svg>&x;</svg>';
    assert.deepEqual(
      findActiveSvgContent(text).map((finding) => `${describeFinding(finding)} @${finding.line}`),
      ['declaration internal-subset DOCTYPE @1', 'declaration entity x @4'],
    );
  });
  test('a plain DOCTYPE, as Illustrator writes it, passes', () => {
    const text =
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      svg('<rect/>');
    assert.deepEqual(summary(text), []);
  });
  test('an XSLT stylesheet', () => {
    assert.deepEqual(summary(`<?xml-stylesheet type="text/xsl" href="#x"?>${svg('')}`), [
      'declaration stylesheet xml-stylesheet',
    ]);
  });
  test('markup a browser would stop at, and encodings that are not ASCII-compatible', () => {
    assert.deepEqual(summary(svg('<rect x=1/>')), ['unreadable tag']);
    assert.deepEqual(summary(svg('<!-- never closed')), ['unreadable comment']);
    assert.deepEqual(summary(`<?xml version="1.0" encoding="UTF-16"?>${svg('')}`), ['unreadable encoding']);
    assert.deepEqual(summary(`\ufffd\ufffd<\u0000s\u0000v\u0000g\u0000>`), ['unreadable encoding']);
  });
});

describe('findActiveSvgContent: location and the site’s own SVGs', () => {
  test('names the line and column of the offending tag', () => {
    const [finding] = findActiveSvgContent('<svg>\n  <g>\n    <script>x()</script>\n  </g>\n</svg>');
    assert.deepEqual([finding!.line, finding!.column], [3, 5]);
  });
  test('the favicon and a generated QR code are clean', () => {
    assert.deepEqual(summary(readFileSync(join(projectRoot, 'public', 'favicon.svg'), 'utf8')), []);
    assert.deepEqual(summary(qrSvg('https://example.cn/q/ll-001/')), []);
  });
});
