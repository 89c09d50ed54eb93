/**
 * Reading Kibo's answers: the small helpers every module of the Kibo adapter reads them with.
 * Kibo's fields are checked as they are read (`decode*.ts`); these only say what a value is.
 */
import { DecodeError } from '../adapter/decode.js';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as a record of Kibo's model `T`: an object, whose fields are still checked as they are read. */
export function view<T extends object>(value: unknown, path: string): Partial<Record<keyof T, unknown>> {
  if (!isObject(value)) throw new DecodeError(path, 'an object');
  return value as Partial<Record<keyof T, unknown>>;
}

/** A list, or none: anything but an array reads as empty. */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Text with something in it, trimmed; undefined for anything else. */
export const someText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
