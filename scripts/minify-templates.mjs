// A Vite plugin that removes the indentation of Lit's `html`, `svg` and `css` templates in our
// sources: the minifier leaves template literals as they are, and that white space is most of
// what a page downloads beyond the code itself. Only the static parts of the literals change,
// never an expression; the result renders the same:
// - html/svg: every run of white space becomes one space (HTML collapses it the same way; no
//   template of ours has text in a <pre> or relies on a <textarea>'s own content, whose `.value`
//   is always bound);
// - css: comments go, every run of white space becomes one space, and none is kept next to
//   `{`, `}` or `;`, nor after `:` or `,` (outside quoted text).
// Used by the library build (dist/), the demo build and `npm run size`, so that the size we report
// is the size hosts get.
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

function minifyText(text, tag) {
  if (tag === 'css') {
    return (
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};]) ?/g, '$1')
        // "color: red" and "a, b": the space after a colon or a comma means nothing (quoted text is kept).
        .replace(/('[^']*'|"[^"]*")|([:,]) /g, (_, quoted, mark) => quoted ?? mark)
    );
  }
  return text.replace(/\s+/g, ' ');
}

/** The template's literal parts: [start, end] of each static text (between the backticks, `${`, `}`). */
function literalParts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.end - 1]];
  const parts = [[template.head.getStart() + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const { literal } = span;
    const tail = ts.isTemplateTail(literal);
    parts.push([literal.getStart() + 1, literal.end - (tail ? 1 : 2)]);
  }
  return parts;
}

export function minifyTemplates(code, id) {
  if (!/\b(html|svg|css)`/.test(code)) return null;
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = new MagicString(code);
  let changed = false;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const parts = literalParts(node.template);
      parts.forEach(([start, end], i) => {
        const text = code.slice(start, end);
        let min = minifyText(text, node.tag.text);
        // A style sheet's leading and trailing white space means nothing.
        if (node.tag.text === 'css' && i === 0) min = min.trimStart();
        if (node.tag.text === 'css' && i === parts.length - 1) min = min.trimEnd();
        if (min !== text) {
          if (min) out.overwrite(start, end, min);
          else out.remove(start, end);
          changed = true;
        }
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return changed ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
}

/** The Vite plugin: our TypeScript sources only (not lit's own code, not the tests). */
export function minifyTemplatesPlugin() {
  return {
    name: 'oo-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return null;
      return minifyTemplates(code, id);
    },
  };
}
