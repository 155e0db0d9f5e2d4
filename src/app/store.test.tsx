import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, useStore } from './store';

interface Names {
  readonly names: Readonly<Record<string, string>>;
  readonly update?: () => string;
}

// A selector that closes over a prop, as the detail header's does over the entry id.
function Name({ store, id }: { store: ReturnType<typeof createStore<Names>>; id: string }) {
  const name = useStore(store, (s) => s.names[id] ?? '-');
  return <p>{name}</p>;
}

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('useStore', () => {
  it('uses the selector of the latest render, with and without a store change', () => {
    const store = createStore<Names>({ names: { a: 'Anna', b: 'Bert' } });
    act(() => render(<Name store={store} id="a" />, root));
    expect(root.textContent).toBe('Anna');
    // Same component, new prop: the old code kept showing Anna until the store changed.
    act(() => render(<Name store={store} id="b" />, root));
    expect(root.textContent).toBe('Bert');
    // A store change is read through the new selector too (the old one would pick a's name).
    act(() => store.set({ names: { a: 'Anja', b: 'Berta' } }));
    expect(root.textContent).toBe('Berta');
  });

  it('passes a selected function through as a value, not as a state updater', () => {
    const store = createStore<Names>({ names: {} });
    let seen: (() => string) | undefined;
    function Update() {
      seen = useStore(store, (s) => s.update);
      return null;
    }
    act(() => render(<Update />, root));
    expect(seen).toBeUndefined();
    const update = () => 'reloaded';
    act(() => store.set({ update }));
    expect(seen).toBe(update);
  });
});
