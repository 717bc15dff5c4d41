export const MAX_SLOTS = 24;

export function createInventory(items = []) {
  return { slots: items.slice(0, MAX_SLOTS), gold: 0 };
}

// Sorting keeps equipped items where they are; everything else is sorted by
// rarity, then name. Items that don't move keep their slot index as before.
const RARITY = { legendary: 0, epic: 1, rare: 2, common: 3 };

export function sortInventory(inv) {
  const equipped = inv.slots.filter((it) => it?.equipped);
  const rest = inv.slots
    .filter((it) => it && !it.equipped)
    .sort((a, b) => (RARITY[a.rarity] ?? 9) - (RARITY[b.rarity] ?? 9) || a.name.localeCompare(b.name));
  return { ...inv, slots: [...equipped, ...rest] };
}

export function addItem(inv, item) {
  if (inv.slots.length >= MAX_SLOTS) return { inv, added: false };
  return { inv: { ...inv, slots: [...inv.slots, item] }, added: true };
}

export function removeItem(inv, itemId) {
  const slots = inv.slots.filter((it) => it?.id !== itemId);
  return slots.length === inv.slots.length ? inv : { ...inv, slots };
}