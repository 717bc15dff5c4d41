import { useId, useState, type ReactNode } from 'react';

export interface TabItem {
  key: string;
  label: string;
  content: ReactNode;
}

function TabPanel({ id, labelledBy, hidden, children }: { id: string; labelledBy: string; hidden: boolean; children: ReactNode }) {
  return (
    <div role="tabpanel" id={id} aria-labelledby={labelledBy} hidden={hidden}>
      {children}
    </div>
  );
}

export function Tabs({ items, initial }: { items: TabItem[]; initial?: string }) {
  const baseId = useId();
  const [active, setActive] = useState(initial ?? items[0]?.key);

  return (
    <div className="tabs">
      <div role="tablist">
        {items.map((item) => (
          <button
            key={item.key}
            role="tab"
            id={`${baseId}-tab-${item.key}`}
            aria-selected={active === item.key}
            onClick={() => setActive(item.key)}
          >
            {item.label}
          </button>
        ))}
      </div>
      {items.map((item) => (
        <TabPanel key={item.key} hidden={active !== item.key} ... >
          {item.content}
        </TabPanel>
      ))}
    </div>
  );
}
