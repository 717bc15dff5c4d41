import { useId, useRef, useState, type ReactNode } from "react";

interface AccordionItemProps {
  title: string;
  children: ReactNode;
  defaultOpen?: boolean;
}

export function AccordionItem({ title, children, defaultOpen = false }: AccordionItemProps) {
  const [open, setOpen] = useSta  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId();

  return (
    <div className="accordion__item">
      <button
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        {title}
      </button>
      <div id={`${id}-panel`} ref={panelRef} hidden={!open} role="region">
        {children}
      </div>
    </div>
  );
}

export function Accordion({ items }: { items: AccordionItemProps[] }) {
  return (
    <div className="accordion">
      {items.map((item) => (
        <AccordionItem key={item.title} {...item} />
      ))}
    </div>
  );
}
