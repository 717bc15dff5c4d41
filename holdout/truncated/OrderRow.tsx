import { memo } from "react";
import { formatMoney, formatDate } from "@/lib/format";
import { StatusBadge } from "./StatusBadge";
import type { Order } from "@/types";

interface OrderRowProps {
  order: Order;
  selected: boolean;
  onSelect: (id: string) => void;
}

function OrderRowImpl({ order, selected, onSelect }: OrderRowProps) {
  return (
    <tr className={selected ? "row row--selected" : "row"} onClick={() => onSelect(order.id)}>
      <td>
        <input type="checkbox" checked={selected} readOnly aria-label={`Select order ${order.number}`} />
      </td>
      <td className="mono">#{order.number}</td>
      <td>{order.customer.name}</td>
      <td>{formatDate(order.placedAt)}</td>
      <td>
        <StatusBadge status={order.status} />
      </td>
      <td className="amount">{formatMoney(order.total