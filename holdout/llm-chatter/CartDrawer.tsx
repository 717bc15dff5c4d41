import { useCart } from "@/hooks/useCart";
import { formatMoney } from "@/lib/format";

export function CartDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { items, total, remove } = useCart();

  The drawer should not render anything when it is closed, so we return early here:

  if (!open) return null;

  return (
    <aside className="cart-drawer" role="dialog" aria-modal="true" aria-label="Cart">
      <button onClick={onClose} aria-label="Close cart">×</button>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.name} × {item.quantity}
            <button onClick={() => remove(item.id)}>Remove</button>
          </li>
        ))}
      </ul>
      <p className="total">Total: {formatMoney(total)}</p>
    </aside>
  );
}
