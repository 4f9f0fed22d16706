import { useId, type ReactNode } from 'react';

/** A labelled landmark for one view, so screen-reader users can jump between the views. */
export function ViewRegion({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`view-region ${className}`}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
