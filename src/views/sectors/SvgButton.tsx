import type { KeyboardEvent, ReactNode } from 'react';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface SvgButtonProps {
  label: string;
  box: Box;
  onActivate: () => void;
  pressed?: boolean;
  current?: boolean;
  className?: string;
  /** 0 for a tab stop of its own; -1 inside a group that moves the keyboard with arrows. */
  tabIndex?: 0 | -1;
  /** The button's place in such a group, which the group's key handler reads. */
  at?: string;
  onShow?: () => void;
  onHide?: () => void;
  children: ReactNode;
}

/**
 * A button inside an SVG: reachable with Tab, activated with Enter or Space, named for screen
 * readers, with a focus ring drawn around `box` (outlines on SVG groups are not reliable).
 * `onShow`/`onHide` fire on pointer hover and on keyboard focus alike.
 */
export function SvgButton({
  label,
  box,
  onActivate,
  pressed,
  current,
  className,
  tabIndex = 0,
  at,
  onShow,
  onHide,
  children,
}: SvgButtonProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate();
    }
  };
  return (
    <g
      role="button"
      tabIndex={tabIndex}
      data-at={at}
      aria-label={label}
      aria-pressed={pressed}
      aria-current={current || undefined}
      className={`svg-button${className ? ` ${className}` : ''}`}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      onPointerEnter={onShow}
      onPointerLeave={onHide}
      onFocus={onShow}
      onBlur={onHide}
    >
      <rect className="svg-button__hit" {...box} rx={4} />
      {children}
      <rect className="svg-button__ring" x={box.x - 2} y={box.y - 2} width={box.width + 4} height={box.height + 4} rx={5} />
    </g>
  );
}
