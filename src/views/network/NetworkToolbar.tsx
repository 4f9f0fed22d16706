import { useMessages } from '../../state/useMessages';

interface Props {
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
}

/** Buttons for what a mouse does by gesture: zoom, and back to the first picture. */
export function NetworkToolbar({ onZoomIn, onZoomOut, onReset }: Props) {
  const t = useMessages();
  return (
    <div className="network-toolbar screen-only" role="group" aria-label={t.network.controls}>
      <button type="button" onClick={onZoomIn} aria-label={t.network.zoomIn} title={t.network.zoomIn}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" onClick={onZoomOut} aria-label={t.network.zoomOut} title={t.network.zoomOut}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={onReset} className="network-toolbar__reset">
        {t.network.reset}
      </button>
    </div>
  );
}
