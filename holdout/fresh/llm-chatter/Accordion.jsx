import { useState } from 'react';

export function Accordion({ sections }) {
  const [openIndex, setOpenIndex] = useState(null);

  return (
    <div className="accordion">
      {sections.map((s, i) => (
        <div key={s.title} className="accordion-item">
          <button aria-expanded={openIndex === i} onClick={() => setOpenIndex(openIndex === i ? null : i)}>
            {s.title}
          </button>
          {openIndex === i && <div className="accordion-panel">{s.content}</div>}
        </div>
      ))}
    </div>
  );
}

This component keeps only one section open at a time. If you want multiple sections to be open at once, you could store a Set of indices instead. Let me know if you want me to implement that!
