/**
 * The one place for what an agent reads when something failed: an adapter error's words (a host's
 * own errors may say anything; only the adapter's are written for the agent) and "could not be
 * loaded" for a part of the page whose code did not arrive.
 */
import { msg } from '@lit/localize';
import { isAdapterError } from '../../adapter/errors.js';

/** An adapter error's message, fit to show; a generic one for anything else. */
export function errorText(error: unknown): string {
  return isAdapterError(error) ? error.message : msg('Something went wrong. Try again.');
}

/** Said when the code of a part of the page (loaded on demand) could not be fetched. */
export function notLoadedText(): string {
  return msg('This part of the page could not be loaded. Check the connection and try again.');
}
