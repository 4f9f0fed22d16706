import { Dialog } from '../../ui/Dialog';
import { PasteStep } from './PasteStep';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { ProblemList } from './ProblemList';
import { MergeStep } from './MergeStep';
import type { MergeFlow } from './importFlow';
import type { SameActors } from '../../data/mergeDatasets';
import type { useImportFlow } from './useImportFlow';
import { useMessages } from '../../state/useMessages';

type FlowApi = ReturnType<typeof useImportFlow>;

/** The one modal of the own-data flow, showing whichever step needs the person. */
export function ImportDialog({
  api,
  pasteText,
  onPasteText,
  onMerge,
  onReplace,
}: {
  api: FlowApi;
  pasteText: string;
  onPasteText: (text: string) => void;
  onMerge: (flow: MergeFlow, same: SameActors) => void;
  onReplace: (flow: MergeFlow) => void;
}) {
  const messages = useMessages();
  const t = messages.data;
  const { flow, close } = api;
  switch (flow.step) {
    case 'idle':
    case 'checking':
      return null;
    case 'paste':
      return (
        <Dialog title={t.pasteTitle} closeLabel={t.close} onClose={close}>
          <PasteStep
            text={pasteText}
            onText={onPasteText}
            onSubmit={() => void api.loadPasted(pasteText, t.pastedName)}
            onMerge={() => void api.loadPasted(pasteText, t.pastedName, true)}
            onCancel={close}
          />
        </Dialog>
      );
    case 'mapping':
      return (
        <Dialog title={t.mappingTitle} closeLabel={t.close} onClose={close} size="wide">
          <MappingStep
            key={flow.table.fileName}
            table={flow.table}
            initial={flow.mapping}
            onConfirm={(mapping) => void api.confirmMapping(flow.table, mapping)}
            onCancel={close}
          />
        </Dialog>
      );
    case 'review':
      return (
        <Dialog title={t.reviewTitle} closeLabel={t.close} onClose={close} size="wide">
          <ReviewStep
            analysis={flow.analysis}
            initial={flow.choices}
            onConfirm={(choices) => void api.confirmReview(flow.table, flow.mapping, choices)}
            onBack={() => api.setFlow({ step: 'mapping', table: flow.table, mapping: flow.mapping })}
            onCancel={close}
          />
        </Dialog>
      );
    case 'merge':
      return (
        <Dialog title={messages.merge.title(flow.incoming.label)} closeLabel={t.close} onClose={close} size="wide">
          <MergeStep flow={flow} onApply={(same) => onMerge(flow, same)} onReplace={() => onReplace(flow)} onCancel={close} />
        </Dialog>
      );
    case 'problems': {
      const back = flow.back;
      const title = flow.merging ? messages.merge.problemsTitle(flow.label) : t.problemsTitle(flow.label);
      return (
        <Dialog title={title} closeLabel={t.close} onClose={close} size="wide">
          <ProblemList
            issues={flow.issues}
            onBack={back ? () => api.setFlow(back) : null}
            onClose={close}
            intro={flow.merging ? messages.merge.problemsKeep : undefined}
          />
        </Dialog>
      );
    }
  }
}
