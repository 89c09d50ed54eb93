/** Registers `constructor` as `tag` unless the tag is taken: another copy of the library, or the host, may have defined it. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
