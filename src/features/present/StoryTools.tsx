import { useCallback, useId, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { useAppStore } from '../../state/store';
import { ToolMenu } from '../../ui/ToolMenu';
import { Dialog } from '../../ui/Dialog';
import { toCurrentStep } from './toCurrentStep';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * The toolbar's "Presentation" menu: presentation mode, and the story editor, where a teacher adds
 * the state on screen as a step, removes steps, and takes the edited story away as a dataset file
 * that loads back in.
 */
export function StoryTools({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const story = useAppStore((s) => s.story);
  const { startPresenting, addStoryStep, removeStoryStep } = useAppStore.getState();
  const [editing, setEditing] = useState(false);
  const stopEditing = useCallback(() => setEditing(false), []);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const fieldTitle = useId();
  const fieldText = useId();
  const fieldDate = useId();
  const shownDate = useAppStore((s) => s.date);
  // The step's date starts as the one on screen; the person can set another, or clear it for the latest.
  const [stepDate, setStepDate] = useState<string | null>(null);
  const [exportFailed, setExportFailed] = useState(false);

  const present = () => {
    // Full screen needs the click that asked for it; a browser that refuses still presents.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    startPresenting(0);
  };
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const state = useAppStore.getState();
    addStoryStep(
      toCurrentStep(dataset, state, { title: title.trim(), text: text.trim(), date: stepDate ?? shownDate ?? '' }, window.location.search),
    );
    setTitle('');
    setText('');
    setStepDate(null);
  };
  const exportStory = async () => {
    const json = { ...dataset.json, story };
    // The file-saving code comes with the first export, not with the page; if it cannot be
    // downloaded, the button says so and works again once the network is back.
    const saving = await import('../../export/browser/saveFile').catch(() => null);
    setExportFailed(saving === null);
    if (!saving) return;
    saving.downloadBlob(new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: 'application/json' }), `${dataset.json.id}-story.json`);
  };

  return (
    <>
      <ToolMenu
        label={t.present.menu}
        entries={[
          { kind: 'action', label: t.present.start, onSelect: present, disabled: story.length === 0 },
          { kind: 'action', label: t.present.edit(story.length), onSelect: () => setEditing(true), opensDialog: true },
        ]}
      />
      <Dialog title={t.present.editorTitle} closeLabel={t.dismiss} open={editing} onClose={stopEditing} className="story-editor">
        <ol>
          {story.map((step, i) => (
            <li key={step.id}>
              <span>
                <DataText text={step.title[lang]} max={TITLE_MAX} />
              </span>
              <button
                type="button"
                className="button"
                onClick={() => removeStoryStep(step.id)}
                aria-label={t.present.remove(i + 1, step.title[lang])}
              >
                {t.present.removeShort}
              </button>
            </li>
          ))}
        </ol>
        <form onSubmit={add}>
          <p>{t.present.addHint}</p>
          <label htmlFor={fieldTitle}>{t.present.stepTitle}</label>
          <input id={fieldTitle} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
          <label htmlFor={fieldText}>{t.present.stepText}</label>
          <textarea id={fieldText} value={text} onChange={(e) => setText(e.target.value)} required maxLength={600} rows={3} />
          <label htmlFor={fieldDate}>{t.present.stepDate}</label>
          <input id={fieldDate} type="date" value={stepDate ?? shownDate ?? ''} onChange={(e) => setStepDate(e.target.value)} />
          <div className="story-editor__actions">
            <button type="submit" className="button">
              {t.present.add}
            </button>
            <button type="button" className="button" onClick={() => void exportStory()} disabled={story.length === 0}>
              {t.present.export}
            </button>
          </div>
          <p role="status">{exportFailed ? t.failure.codeMissing : ''}</p>
        </form>
      </Dialog>
    </>
  );
}
