import { Suspense, useEffect, useId, useRef } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { useAppStore } from '../../state/store';
import { TimelineView, VIEW_COMPONENTS } from '../../views/viewComponents';
import { EvidenceList } from '../details/EvidenceList';
import { LegendFoldContext } from '../../views/shared/legendFold';
import { usePresentationKeys } from './usePresentationKeys';
import { useStepState } from './useStepState';
import { ThemeSwitch } from '../../ui/ThemeSwitch';
import { useFitToBox } from './useFitToBox';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import './presentation.css';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * The story, one step at a time, for a projector: large type, high contrast, the step's view on
 * screen with its state applied, and controls that a clicker, a keyboard or a pointer can drive.
 * The theme can be changed on the slide, for the room: a projector in a lit classroom may need
 * the high-contrast theme, a dark hall the dark one.
 */
export function Presentation({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const story = useAppStore((s) => s.story);
  const index = useAppStore((s) => s.presenting) ?? 0;
  const date = useAppStore((s) => s.date);
  const { startPresenting, stopPresenting } = useAppStore.getState();
  const stage = useRef<HTMLDivElement>(null);
  const viewBox = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const step = story[index];
  const go = (to: number) => startPresenting(Math.min(Math.max(to, 0), story.length - 1));

  useStepState(dataset, step, index);
  useFitToBox(viewBox, step?.id ?? '');
  usePresentationKeys(stage, {
    next: () => go(index + 1),
    previous: () => go(index - 1),
    first: () => go(0),
    last: () => go(story.length - 1),
    leave: stopPresenting,
  });

  useEffect(
    function leaveWhenFullscreenEnds() {
      // Browsers take the first Escape to leave full screen themselves; that is also the end of the talk.
      const onChange = () => {
        if (!document.fullscreenElement) stopPresenting();
      };
      document.addEventListener('fullscreenchange', onChange);
      return () => document.removeEventListener('fullscreenchange', onChange);
    },
    [stopPresenting],
  );

  useEffect(function focusTheStage() {
    stage.current?.focus();
  }, []);

  if (!step) return null;
  const ViewComponent = step.show === 'timeline' ? null : VIEW_COMPONENTS[step.show];
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <div className="presentation" ref={stage} tabIndex={-1} role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <header className="presentation__bar">
        <p className="presentation__progress">
          {t.present.progress(index + 1, story.length)}
          <progress max={story.length} value={index + 1} aria-hidden="true" />
        </p>
        <div className="presentation__tools">
          <ThemeSwitch />
          <button type="button" onClick={toggleFullscreen}>
            {t.present.fullscreen}
          </button>
          <button type="button" onClick={stopPresenting}>
            {t.present.leave}
          </button>
        </div>
      </header>
      <div className="presentation__body" key={step.id}>
        <section className="presentation__text" aria-live="polite">
          <h2 id={titleId}>
            <DataText text={step.title[lang]} max={TITLE_MAX} />
          </h2>
          <p className="presentation__date">{t.dateControl.asOf(date)}</p>
          <p>{step.text[lang]}</p>
          <EvidenceList dataset={dataset} evidence={step.evidence} />
        </section>
        <div className="presentation__view" ref={viewBox}>
          {ViewComponent ? (
            <LegendFoldContext.Provider value="open">
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                <ViewComponent dataset={dataset} />
              </Suspense>
            </LegendFoldContext.Provider>
          ) : (
            <TimelineView dataset={dataset} />
          )}
        </div>
      </div>
      <footer className="presentation__nav">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← {t.present.previous}
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index === story.length - 1}>
          {t.present.next} →
        </button>
      </footer>
    </div>
  );
}
