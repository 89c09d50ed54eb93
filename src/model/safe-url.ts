/**
 * URLs from an adapter are untrusted. An image is shown only from an `https:` URL or an inline
 * `data:image/…` one: never `javascript:`, never plain `http:` (mixed content in an https admin).
 */

/** `url` when it is an `https:` or `data:image/` URL, else undefined (render no image). */
export function safeImageUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const text = url.trim();
  if (/^data:image\//i.test(text)) return text;
  try {
    return new URL(text).protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
}
