import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement, render } from 'lit';
import { ComboboxController } from '../../../src/elements/shared/combobox-controller.js';
import { highlight, matchRanges } from '../../../src/elements/shared/highlight.js';
import { WAIT } from '../../support/wait.js';

interface Item {
  name: string;
  selectable?: boolean;
}

type Search = (query: string, signal: AbortSignal) => Promise<Item[]>;

class ComboHost extends LitElement {
  search: Search = async () => [];
  selected: Item[] = [];
  combo = new ComboboxController<Item>(this, {
    search: (query, signal) => this.search(query, signal),
    onSelect: (item) => this.selected.push(item),
    isSelectable: (item) => item.selectable !== false,
    debounceMs: 0,
  });
}
customElements.define('test-combo-host', ComboHost);

function key(k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  return new KeyboardEvent('keydown', { key: k, cancelable: true, ...init });
}

/** One call of a manual search: what was asked, and the hands that answer it. */
interface SearchCall {
  query: string;
  signal: AbortSignal;
  resolve: (items: Item[]) => void;
  reject: (e: unknown) => void;
  /** The promise the controller was given (settles once the test answers). */
  answer: Promise<Item[]>;
}

/** A search whose answers the test releases by hand, in any order. */
function manualSearch() {
  const calls: SearchCall[] = [];
  const search: Search = (query, signal) => {
    let hands!: Pick<SearchCall, 'resolve' | 'reject'>;
    const answer = new Promise<Item[]>((resolve, reject) => (hands = { resolve, reject }));
    calls.push({ query, signal, ...hands, answer });
    return answer;
  };
  /** Waits until the controller has sent its `count`th search (the debounce has run). */
  const untilCalls = (count: number) => waitUntil(() => calls.length >= count, `search ${count} was not sent`, WAIT);
  return { calls, search, untilCalls };
}

describe('ComboboxController', () => {
  let host: ComboHost;

  beforeEach(async () => {
    host = await fixture<ComboHost>(fixtureHtml`<test-combo-host></test-combo-host>`);
  });

  describe('searching', () => {
    it('does not search below two characters and says the query is too short', async () => {
      let searched = 0;
      host.search = async () => {
        searched++;
        return [];
      };
      host.combo.handleInput('a');
      await host.combo.searchComplete;
      expect(searched).to.equal(0);
      expect(host.combo.status).to.equal('too-short');
      host.combo.handleInput('');
      expect(host.combo.status).to.equal('idle');
      expect(host.combo.open).to.be.false;
    });

    it('searches once the agent pauses, with the trimmed query', async () => {
      const queries: string[] = [];
      host.search = async (query) => {
        queries.push(query);
        return [{ name: 'Ada Lovelace' }];
      };
      host.combo.handleInput(' ad');
      host.combo.handleInput(' ada ');
      await host.combo.searchComplete;
      expect(queries).to.deep.equal(['ada']);
      expect(host.combo.status).to.equal('ready');
      expect(host.combo.items.map((i) => i.name)).to.deep.equal(['Ada Lovelace']);
      expect(host.combo.open).to.be.true;
    });

    it('aborts the previous request and never shows a late answer to an older query', async () => {
      const { calls, search, untilCalls } = manualSearch();
      host.search = search;
      host.combo.handleInput('ad');
      await untilCalls(1);
      host.combo.handleInput('ada');
      await untilCalls(2);
      expect(calls.map((c) => c.query)).to.deep.equal(['ad', 'ada']);
      expect(calls[0]!.signal.aborted).to.be.true;
      calls[1]!.resolve([{ name: 'Ada Lovelace' }]);
      await host.combo.searchComplete;
      // The old answer arrives last: it is ignored.
      calls[0]!.resolve([{ name: 'Adam Smith' }, { name: 'Adaline' }]);
      await calls[0]!.answer;
      await host.updateComplete;
      expect(host.combo.items.map((i) => i.name)).to.deep.equal(['Ada Lovelace']);
    });

    it('drops the previous items while a new query loads, so none of them can be chosen', async () => {
      const { calls, search, untilCalls } = manualSearch();
      host.search = search;
      host.combo.handleInput('ad');
      await untilCalls(1);
      calls[0]!.resolve([{ name: 'Ada Lovelace' }, { name: 'Adam Smith' }]);
      await host.combo.searchComplete;
      host.combo.handleKeydown(key('ArrowDown'));
      expect(host.combo.activeItem?.name).to.equal('Ada Lovelace');

      host.combo.handleInput('gr');
      expect(host.combo.status).to.equal('loading');
      expect(host.combo.items).to.deep.equal([]);
      expect(host.combo.activeId).to.equal(undefined);
      host.combo.handleKeydown(key('ArrowDown'));
      const enter = key('Enter');
      host.combo.handleKeydown(enter);
      host.combo.chooseIndex(0);
      expect(enter.defaultPrevented).to.be.false;
      expect(host.selected).to.deep.equal([]);

      await untilCalls(2);
      calls[1]!.resolve([{ name: 'Grace Hopper' }]);
      await host.combo.searchComplete;
      expect(host.combo.items.map((i) => i.name)).to.deep.equal(['Grace Hopper']);
    });

    it('keeps the query and reports the error when the search fails; searchNow retries', async () => {
      let fail = true;
      host.search = async () => {
        if (fail) throw new Error('down');
        return [{ name: 'Ada Lovelace' }];
      };
      host.combo.handleInput('ada');
      await host.combo.searchComplete;
      expect(host.combo.status).to.equal('error');
      expect(host.combo.query).to.equal('ada');
      fail = false;
      await host.combo.searchNow();
      expect(host.combo.status).to.equal('ready');
      expect(host.combo.items).to.have.length(1);
    });

    it('aborts the request in flight when the host is removed', async () => {
      const { calls, search, untilCalls } = manualSearch();
      host.search = search;
      host.combo.handleInput('ada');
      await untilCalls(1);
      host.remove();
      expect(calls[0]!.signal.aborted).to.be.true;
    });
  });

  describe('Escape without a listbox', () => {
    it('clears a query too short to search at once', () => {
      host.combo.handleInput('a');
      expect(host.combo.listboxShown).to.be.false;
      const escape = key('Escape');
      host.combo.handleKeydown(escape);
      expect(escape.defaultPrevented).to.be.true;
      expect(host.combo.query).to.equal('');
      expect(host.combo.status).to.equal('idle');
      expect(host.combo.open).to.be.false;
    });

    it('clears at once when nothing was found', async () => {
      host.search = async () => [];
      host.combo.handleInput('zz');
      await host.combo.searchComplete;
      expect(host.combo.status).to.equal('ready');
      host.combo.handleKeydown(key('Escape'));
      expect(host.combo.query).to.equal('');
      expect(host.combo.status).to.equal('idle');
    });

    it('clears at once after an error', async () => {
      host.search = async () => {
        throw new Error('down');
      };
      host.combo.handleInput('ada');
      await host.combo.searchComplete;
      expect(host.combo.status).to.equal('error');
      host.combo.handleKeydown(key('Escape'));
      expect(host.combo.query).to.equal('');
      expect(host.combo.status).to.equal('idle');
    });

    it('clears while a search loads, and aborts it', async () => {
      const { calls, search, untilCalls } = manualSearch();
      host.search = search;
      host.combo.handleInput('ada');
      await untilCalls(1);
      host.combo.handleKeydown(key('Escape'));
      expect(host.combo.query).to.equal('');
      expect(calls[0]!.signal.aborted).to.be.true;
    });

    it('leaves an empty input alone (Escape reaches a dialog around it)', () => {
      const escape = key('Escape');
      host.combo.handleKeydown(escape);
      expect(escape.defaultPrevented).to.be.false;
    });
  });

  describe('keyboard', () => {
    beforeEach(async () => {
      host.search = async () => [{ name: 'A' }, { name: 'B', selectable: false }, { name: 'C' }];
      host.combo.handleInput('ab');
      await host.combo.searchComplete;
    });

    it('moves with Down and Up, skipping options that cannot be chosen, and wraps', () => {
      host.combo.handleKeydown(key('ArrowDown'));
      expect(host.combo.activeItem?.name).to.equal('A');
      expect(host.combo.activeId).to.equal(host.combo.optionId(0));
      host.combo.handleKeydown(key('ArrowDown'));
      expect(host.combo.activeItem?.name).to.equal('C');
      host.combo.handleKeydown(key('ArrowDown'));
      expect(host.combo.activeItem?.name).to.equal('A');
      host.combo.handleKeydown(key('ArrowUp'));
      expect(host.combo.activeItem?.name).to.equal('C');
    });

    it('chooses the active option with Enter and closes', () => {
      host.combo.handleKeydown(key('ArrowDown'));
      const enter = key('Enter');
      host.combo.handleKeydown(enter);
      expect(enter.defaultPrevented).to.be.true;
      expect(host.selected.map((i) => i.name)).to.deep.equal(['A']);
      expect(host.combo.open).to.be.false;
    });

    it('does not choose an option that cannot be chosen, by click either', () => {
      host.combo.chooseIndex(1);
      expect(host.selected).to.deep.equal([]);
      host.combo.chooseIndex(2);
      expect(host.selected.map((i) => i.name)).to.deep.equal(['C']);
    });

    it('closes the listbox with Escape, then clears with a second Escape', () => {
      expect(host.combo.listboxShown).to.be.true;
      host.combo.handleKeydown(key('Escape'));
      expect(host.combo.open).to.be.false;
      expect(host.combo.listboxShown).to.be.false;
      expect(host.combo.query).to.equal('ab');
      host.combo.handleKeydown(key('Escape'));
      expect(host.combo.query).to.equal('');
      expect(host.combo.items).to.deep.equal([]);
    });

    it('opens with Alt+Down without moving, and closes with Alt+Up', () => {
      host.combo.close();
      host.combo.handleKeydown(key('ArrowDown', { altKey: true }));
      expect(host.combo.open).to.be.true;
      expect(host.combo.activeIndex).to.equal(-1);
      host.combo.handleKeydown(key('ArrowUp', { altKey: true }));
      expect(host.combo.open).to.be.false;
    });

    it('opens on Down and moves to the first option; Up from closed goes to the last', () => {
      host.combo.close();
      host.combo.handleKeydown(key('ArrowDown'));
      expect(host.combo.open).to.be.true;
      expect(host.combo.activeItem?.name).to.equal('A');
      host.combo.close();
      host.combo.handleKeydown(key('ArrowUp'));
      expect(host.combo.activeItem?.name).to.equal('C');
    });

    it('closes on Tab and leaves Enter alone when nothing is active', () => {
      const enter = key('Enter');
      host.combo.handleKeydown(enter);
      expect(enter.defaultPrevented).to.be.false;
      host.combo.handleKeydown(key('Tab'));
      expect(host.combo.open).to.be.false;
    });

    it('setQuery replaces the text without searching', () => {
      host.combo.setQuery('Ada Lovelace');
      expect(host.combo.query).to.equal('Ada Lovelace');
      expect(host.combo.status).to.equal('idle');
      expect(host.combo.open).to.be.false;
    });
  });
});

describe('highlight()', () => {
  function rendered(text: string, query: string): HTMLElement {
    const container = document.createElement('div');
    render(html`${highlight(text, query)}`, container);
    return container;
  }

  it('marks every case-insensitive match', () => {
    const el = rendered('Ada Lovelace, ada@example.com', 'ada');
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Ada', 'ada']);
    expect(el.textContent).to.equal('Ada Lovelace, ada@example.com');
  });

  it('renders markup in the data as text, never as HTML', () => {
    const el = rendered('<img src=x onerror=alert(1)>Bob', '<img');
    expect(el.querySelector('img')).to.be.null;
    expect(el.querySelector('mark')?.textContent).to.equal('<img');
    expect(el.textContent).to.equal('<img src=x onerror=alert(1)>Bob');
  });

  it('matches phone digits through separators', () => {
    expect(matchRanges('(512) 555-0142', '5125550142')).to.deep.equal([[1, 14]]);
    expect(matchRanges('(512) 555-0142', '555 0142')).to.deep.equal([[6, 14]]);
    expect(matchRanges('Ada', '')).to.deep.equal([]);
    expect(highlight('Ada', 'xyz')).to.equal('Ada');
  });
});
