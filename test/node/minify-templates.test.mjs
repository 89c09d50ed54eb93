// The build's template minifier (scripts/minify-templates.mjs): only the static text of Lit's
// html/svg/css templates changes, never an expression, a plain string or another tag's template.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const run = (code) => minifyTemplates(code, '/src/x.ts')?.code ?? code;

test('collapses the indentation of html templates, keeping every expression and nested template', () => {
  const code =
    'const t = html`\n  <div class="a\n    b">\n    ${x ? html`<b>  ${y}  </b>` : "keep  this"}\n  </div>\n`;';
  assert.equal(run(code), 'const t = html` <div class="a b"> ${x ? html`<b> ${y} </b>` : "keep  this"} </div> `;');
});

test('collapses css, dropping comments, the spaces around braces and semicolons and after colons and commas', () => {
  const code =
    "const s = css`\n  /* note */\n  :host ::slotted(p), a {\n    color: red;\n    margin: 0 ${unit};\n  }\n  a > b :focus { content: attr(x) ': , '; }\n`;";
  assert.equal(
    run(code),
    "const s = css`:host ::slotted(p),a{color:red;margin:0 ${unit};}a > b :focus{content:attr(x) ': , ';}`;",
  );
});

test('leaves other tagged templates and plain template literals alone', () => {
  const code = 'const a = msg(str`Total:   ${n}`); const b = `  x  `; const c = sql`\n select`;';
  assert.equal(minifyTemplates(code, '/src/x.ts'), null);
});
