import { useId, type ReactNode } from 'react';

/** A labelled landmark for one view, so screen-reader users can jump between the views. */
export function ViewRegion({ id, title, className, children }: { id?: string; title: string; className: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section id={id} tabIndex={id ? -1 : undefined} aria-labelledby={headingId} className={`view-region ${className}`}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
