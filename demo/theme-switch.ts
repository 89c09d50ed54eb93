// The side bar's "Theme" switch: Light (the elements' defaults) or one of the example themes of
// themes/, loaded as a host would, with a <link> to the shipped file (the page's CSP allows only
// its own style sheets). The choice is kept in localStorage, so that it survives a reload and the
// other switches' links, which rebuild the URL.
import darkUrl from '../themes/dark.css?url';
import denseUrl from '../themes/dense.css?url';

const THEMES: Record<string, string | null> = { light: null, dark: darkUrl, dense: denseUrl };
const STORAGE_KEY = 'acme-admin:theme';

function stored(): string {
  const value = localStorage.getItem(STORAGE_KEY) ?? 'light';
  return value in THEMES ? value : 'light';
}

/** Loads `name`'s style sheet (or none for Light) and marks its button pressed. */
function apply(name: string): void {
  const url = THEMES[name] ?? null;
  let link = document.querySelector<HTMLLinkElement>('link#theme');
  if (url) {
    if (!link) {
      link = document.createElement('link');
      link.id = 'theme';
      link.rel = 'stylesheet';
      document.head.append(link);
    }
    link.href = url;
  } else link?.remove();
  document.documentElement.dataset['theme'] = name;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-theme]'))
    button.setAttribute('aria-pressed', String(button.dataset['theme'] === name));
}

apply(stored());
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-theme]')) {
  button.addEventListener('click', () => {
    const name = button.dataset['theme'] ?? 'light';
    localStorage.setItem(STORAGE_KEY, name);
    apply(name);
  });
}
