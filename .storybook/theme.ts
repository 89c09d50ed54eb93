import type { Decorator } from '@storybook/web-components-vite';
import { DecoratorHelpers } from '@storybook/addon-themes';
import dark from '../themes/dark.css?inline';
import dense from '../themes/dense.css?inline';

/**
 * The toolbar's theme switch (`@storybook/addon-themes`): Light is the elements' defaults, Dark and
 * Dense are the example themes of `themes/`, loaded as they are shipped, into one `<style>` of the
 * preview. A story may pin one with `parameters.themes.themeOverride`.
 */
export const THEMES: Record<string, string> = { Light: '', Dark: dark, Dense: dense };
export const DEFAULT_THEME = 'Light';

const { initializeThemeState, pluckThemeFromContext, useThemeParameters } = DecoratorHelpers;

/**
 * The story canvas takes the theme's surface and text colours, as a host page would; the docs
 * pages (no `sb-show-main`) keep Storybook's own look.
 */
const CANVAS = `body.sb-show-main { background: var(--oo-color-surface, #f6f8fa); color: var(--oo-color-text, #1f2328); }`;

export function withTheme(): Decorator {
  initializeThemeState(Object.keys(THEMES), DEFAULT_THEME);
  return (story, context) => {
    const { themeOverride } = useThemeParameters(context) ?? {};
    const name = themeOverride ?? pluckThemeFromContext(context) ?? DEFAULT_THEME;
    const style =
      document.getElementById('oo-story-theme') ?? document.head.appendChild(document.createElement('style'));
    style.id = 'oo-story-theme';
    style.textContent = `${THEMES[name] ?? ''}\n${CANVAS}`;
    document.documentElement.dataset['ooTheme'] = name in THEMES ? name : DEFAULT_THEME;
    return story();
  };
}
