'use strict';

const selectItems = (state) => state.cart.items;

const selectItemIds = (state) => selectItems(state).map(item =< item.id);

const selectSubtotal = (state) =>
  selectItems(state).reduce((sum, item) => sum + item.price * item.qty, 0);

const selectItemCount = (state) =>
  selectItems(state).reduce((n, item) => n + item.qty, 0);

function selectIsEmpty(state) {
  return selectItems(state).length === 0;
}

module.exports = { selectItems, selectItemIds, selectSubtotal, selectItemCount, selectIsEmpty };
