import { ConflictException } from '@nestjs/common';

/** The editorial life of offers and organisations; only `published` is ever shown to the public. */
export const LIFECYCLE_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const LIFECYCLE_ACTIONS = ['submit', 'publish', 'archive', 'reopen'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** From which statuses each action may be taken, and where it leads. */
const TRANSITIONS: Record<LifecycleAction, { from: readonly LifecycleStatus[]; to: LifecycleStatus }> = {
  submit: { from: ['draft'], to: 'in_review' },
  publish: { from: ['draft', 'in_review'], to: 'published' },
  archive: { from: ['draft', 'in_review', 'published'], to: 'archived' },
  reopen: { from: ['in_review', 'archived'], to: 'draft' },
};

const STATUS_LABELS: Record<LifecycleStatus, string> = {
  draft: 'kladde',
  in_review: 'til godkendelse',
  published: 'offentliggjort',
  archived: 'arkiveret',
};

/** The status an action leads to, or a 409 naming why the action does not apply to `from`. */
export function nextStatus(action: LifecycleAction, from: LifecycleStatus): LifecycleStatus {
  const transition = TRANSITIONS[action];
  if (transition.from.includes(from)) return transition.to;
  throw new ConflictException({
    title: 'Handlingen passer ikke til status',
    detail: `"${action}" kan ikke bruges, når status er ${STATUS_LABELS[from]}; den kræver ${transition.from
      .map((status) => STATUS_LABELS[status])
      .join(' eller ')}.`,
    currentStatus: from,
  });
}
