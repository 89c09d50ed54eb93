/**
 * The demo's language switch (English / Français): `?lang=fr-CA` puts `lang="fr-CA"` on the builder,
 * as a host does, so the builder and every element in it speak French and format money as
 * "1 234,56 $"; the admin page around it is put in French too (its own words, `data-fr`), as a
 * host's French page would be. The other switches of the side bar keep the choice.
 */
const LANGUAGES = ['en', 'fr-CA'];

export function applyLanguage(builder: HTMLElement | null): void {
  const asked = new URLSearchParams(location.search).get('lang');
  const lang = asked && LANGUAGES.includes(asked) ? asked : 'en';
  if (lang !== 'en') {
    builder?.setAttribute('lang', lang);
    translatePage(lang);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang]')) {
    const url = new URL(location.href);
    if (link.dataset['lang'] === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', link.dataset['lang']!);
    link.href = `./${url.search}`;
    if (link.dataset['lang'] === lang) link.setAttribute('aria-current', 'true');
  }
  // The backend and mock switches keep the language.
  if (lang === 'en') return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-mock], [data-backend]')) {
    const url = new URL(link.href);
    url.searchParams.set('lang', lang);
    link.href = `./${url.search}`;
  }
}

/** The host page's own words in `lang`: each `data-fr` text, `data-fr-label` name and the title. */
function translatePage(lang: string): void {
  document.documentElement.lang = lang;
  document.title = 'Créer une commande hors ligne · Acme Admin';
  for (const el of document.querySelectorAll<HTMLElement>('[data-fr]')) el.textContent = el.dataset['fr']!;
  for (const el of document.querySelectorAll<HTMLElement>('[data-fr-label]'))
    el.setAttribute('aria-label', el.dataset['frLabel']!);
}
