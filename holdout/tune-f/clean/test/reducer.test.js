import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reducer, initialState } from '../src/reducer.js';

describe('reducer', () => {
  it('sets the filter', () => {
    const next = reducer(initialState, { type: 'filter', value: 'open' });
    assert.equal(next.filter, 'open');
  });

  it('leaves the rest of the state unchanged', () => {
    const state = { ...initialState, items: [1, 2, 3] };
    const next = reducer(state, { type: 'filter', value: 'done' });
    assert.deepEqual(next.items, state.items);
  });

  it('ignores unknown actions', () => {
    assert.equal(reducer(initialState, { type: '...' }), initialState);
  });

  it.todo('TODO: cover the undo/redo actions');
});
