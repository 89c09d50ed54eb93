// The one peer module a bench page imports: @lit-labs/virtualizer, installed by the bench into a
// temporary folder (not a project dependency), so its types are declared here, as far as used.
declare module '@lit-labs/virtualizer/virtualize.js' {
  import type { TemplateResult } from 'lit';
  import type { DirectiveResult } from 'lit/directive.js';

  export function virtualize<T>(config: {
    items: readonly T[];
    renderItem: (item: T, index: number) => TemplateResult;
    scroller?: boolean;
  }): DirectiveResult;
}
