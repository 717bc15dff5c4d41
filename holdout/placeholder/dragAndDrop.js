// Browser script: sortable list with native drag and drop.
function makeSortable(list, onReorder) {
  let dragged = null;

  list.addEventListener('dragstart', (event) => {
    dragged = event.target.closest('li');
    event.dataTransfer.effectAllowed = 'move';
    dragged.classList.add('dragging');
  });

  list.addEventListener('dragover', (event) => {
    // Your existing code here
  });

  list.addEventListener('dragend', () => {
    dragged?.classList.remove('dragging');
    dragged = null;
    const order = Array.from(list.children, (li) => li.dataset.id);
    onReorder(order);
  });
}

document.querySelectorAll('[data-sortable]').forEach((list) =>
  makeSortable(list, (order) => {
    fetch(list.dataset.sortable, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ order }),
    });
  })
);
