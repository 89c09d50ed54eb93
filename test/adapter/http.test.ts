import { expect } from '@open-wc/testing';
import {
  ConflictError,
  DeclinedError,
  InvalidResponseError,
  NotFoundError,
  TimeoutError,
  UnavailableError,
  ValidationError,
} from '../../src/adapter/errors.js';
import { buildUrl, errorFromResponse, parseRetryAfter, pathOf, readProblem } from '../../src/adapter/http.js';

const context = { action: 'load the product', notFound: 'this product no longer exists. Search for it again.' };
const problem = (body: Record<string, unknown>) => JSON.stringify(body);
const none = new Headers();

describe('HTTP helpers', () => {
  describe('buildUrl', () => {
    it('joins a relative or absolute base and a path with one slash', () => {
      expect(buildUrl('/api/v1', '/sites')).to.equal('/api/v1/sites');
      expect(buildUrl('/api/v1/', '/sites')).to.equal('/api/v1/sites');
      expect(buildUrl('https://shop.example/api/', 'sites')).to.equal('https://shop.example/api/sites');
    });

    it('appends only the query parameters that have a value, encoded', () => {
      const url = buildUrl('/api/v1', '/sites/us/customers', {
        q: 'Ada & Co',
        limit: 10,
        cursor: null,
        since: undefined,
        x: '',
      });
      expect(url).to.equal('/api/v1/sites/us/customers?q=Ada+%26+Co&limit=10');
    });
  });

  describe('pathOf', () => {
    it('encodes each parameter as one path segment', () => {
      expect(pathOf`/sites/${'us'}/products/${'a/b?c#d'}`).to.equal('/sites/us/products/a%2Fb%3Fc%23d');
      expect(pathOf`/sites/${'../admin'}`).to.equal('/sites/..%2Fadmin');
    });
  });

  describe('parseRetryAfter', () => {
    it('reads delay-seconds', () => {
      expect(parseRetryAfter('3')).to.equal(3000);
      expect(parseRetryAfter(' 0 ')).to.equal(0);
    });

    it('reads an HTTP date relative to now, never negative', () => {
      const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
      expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now)).to.equal(30_000);
      expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).to.equal(0);
    });

    it('ignores a missing or unreadable value', () => {
      expect(parseRetryAfter(null)).to.equal(undefined);
      expect(parseRetryAfter('soon')).to.equal(undefined);
      expect(parseRetryAfter('-5')).to.equal(undefined);
    });
  });

  describe('readProblem', () => {
    it('keeps the detail, the well-formed field problems and the code', () => {
      const read = readProblem(
        problem({
          type: 'validation',
          title: 'Validation failed',
          status: 422,
          detail: 'Check the highlighted fields.',
          errors: [{ path: 'email', code: 'invalid-email', message: 'Enter a valid email.' }, 'junk', { path: 'x' }],
          code: 'c',
        }),
      );
      expect(read).to.deep.equal({
        detail: 'Check the highlighted fields.',
        errors: [{ path: 'email', code: 'invalid-email', message: 'Enter a valid email.' }],
        code: 'c',
      });
    });

    it('ignores a body that is not a JSON problem', () => {
      expect(readProblem('<html>Bad gateway</html>')).to.deep.equal({ errors: [] });
      expect(readProblem('null')).to.deep.equal({ errors: [] });
      expect(readProblem(problem({ detail: '  ' }))).to.deep.equal({ errors: [] });
    });
  });

  describe('errorFromResponse', () => {
    it('maps 422 to a ValidationError with the field problems and the detail as message', () => {
      const error = errorFromResponse(
        422,
        none,
        problem({
          detail: 'The email is already used.',
          errors: [{ path: 'email', code: 'duplicate-email', message: 'Used.' }],
        }),
        context,
      );
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.message).to.equal('The email is already used.');
      expect((error as ValidationError).at('email')).to.have.length(1);
      expect(error.status).to.equal(422);
      expect(error.retryable).to.equal(false);
    });

    it('writes a message from the field problems, or a generic one, when there is no detail', () => {
      const withProblems = errorFromResponse(
        400,
        none,
        problem({ errors: [{ path: 'q', code: 'short', message: 'Type 2 letters.' }] }),
        context,
      );
      expect(withProblems.message).to.equal('Could not load the product: Type 2 letters.');
      const bare = errorFromResponse(400, none, '', context);
      expect(bare).to.be.instanceOf(ValidationError);
      expect(bare.message).to.equal(
        'Could not load the product: the order service did not accept the entered values. Check them and try again.',
      );
    });

    it('maps 402 to a DeclinedError with its code', () => {
      const error = errorFromResponse(402, none, problem({ code: 'do-not-honor' }), context) as DeclinedError;
      expect(error).to.be.instanceOf(DeclinedError);
      expect(error.code).to.equal('do-not-honor');
      expect(error.message).to.equal('The card was declined. Ask the shopper for another card or another way to pay.');
    });

    it('maps 404 and 410 to a NotFoundError saying what to do', () => {
      const error = errorFromResponse(404, none, '', context);
      expect(error).to.be.instanceOf(NotFoundError);
      expect(error.message).to.equal('Could not load the product: this product no longer exists. Search for it again.');
      expect(errorFromResponse(410, none, '', { action: 'load the sites' }).message).to.equal(
        'Could not load the sites: it no longer exists. Refresh and try again.',
      );
    });

    it('maps 408 to a TimeoutError and 409 to a retryable ConflictError', () => {
      expect(errorFromResponse(408, none, '', context)).to.be.instanceOf(TimeoutError);
      const conflict = errorFromResponse(409, new Headers({ 'Retry-After': '1' }), '', {
        action: 'submit the order',
        conflict: 'still in progress.',
      });
      expect(conflict).to.be.instanceOf(ConflictError);
      expect((conflict as ConflictError).retryAfterMs).to.equal(1000);
      expect(conflict.message).to.equal('Could not submit the order: still in progress.');
      expect(conflict.retryable).to.equal(true);
    });

    it('maps 429 and 5xx to an UnavailableError with Retry-After', () => {
      const busy = errorFromResponse(429, new Headers({ 'Retry-After': '20' }), '', context) as UnavailableError;
      expect(busy).to.be.instanceOf(UnavailableError);
      expect(busy.retryAfterMs).to.equal(20_000);
      expect(busy.message).to.equal('Could not load the product: the order service is busy. Try again in 20 seconds.');
      const down = errorFromResponse(503, new Headers({ 'Retry-After': '300' }), '', context) as UnavailableError;
      expect(down.message).to.equal(
        'Could not load the product: the order service is unavailable. Try again in 5 minutes.',
      );
      const crashed = errorFromResponse(500, none, '<h1>Oops</h1>', context) as UnavailableError;
      expect(crashed.retryAfterMs).to.equal(undefined);
      expect(crashed.message).to.equal(
        'Could not load the product: the order service is unavailable. Try again in a moment.',
      );
    });

    it('maps statuses outside the contract to a non-retryable InvalidResponseError', () => {
      const forbidden = errorFromResponse(403, none, '', context);
      expect(forbidden).to.be.instanceOf(InvalidResponseError);
      expect(forbidden.retryable).to.equal(false);
      expect(forbidden.message).to.contain('Sign in again');
      expect(errorFromResponse(405, none, '', context).message).to.contain('(HTTP 405)');
    });
  });
});
