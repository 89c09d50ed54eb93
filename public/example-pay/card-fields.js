// The fake payment provider's card fields (see mocks/hosted-fields.ts). The page runs in its own
// frame; asked for a token (a postMessage from its parent), it sends the card to the tokenizer
// named by its `tokens` query parameter (same origin only), clears the number and the security
// code, and posts back the card summary only.
const requested = new URL(new URLSearchParams(location.search).get('tokens') ?? '', location.href);
const tokenUrl = requested.origin === location.origin ? requested.href : '';
const field = (id) => document.getElementById(id);

addEventListener('message', async (event) => {
  if (event.source !== parent || event.origin !== location.origin || event.data?.type !== 'tokenize') return;
  const { id, nameOnCard } = event.data;
  const [month, year] = field('expiry').value.split(/[\s/.-]+/);
  const answer = (message) => parent.postMessage({ id, ...message }, location.origin);
  try {
    if (!tokenUrl) throw new Error('no tokenizer');
    const response = await fetch(tokenUrl, {
      method: 'POST',
      redirect: 'error',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        number: field('number').value.replace(/[\s-]/g, ''),
        expiryMonth: Number(month),
        expiryYear: Number(year),
        securityCode: field('code').value.trim(),
        nameOnCard: String(nameOnCard ?? ''),
      }),
    });
    const body = await response.json();
    if (response.ok) {
      field('number').value = field('code').value = '';
      answer({ type: 'tokenized', card: body });
    } else {
      answer({ type: 'failed', status: response.status, detail: body.detail ?? body.title, code: body.code, errors: body.errors });
    }
  } catch {
    answer({ type: 'failed', status: 0, detail: 'The payment provider could not be reached. Try again.' });
  }
});
