import { css } from 'lit';

/**
 * A bar (`.bar`): its items side by side, wrapping when the space is short, centred across and
 * pushed to both ends: a heading and its actions, a count and its notes. Needs `tokens`.
 */
export const barStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_oo-space-2);
  }
`;
