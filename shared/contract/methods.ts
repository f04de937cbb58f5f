/**
 * The service's method names, with no schema attached, so the sandboxed preload can list them
 * without bundling zod. `contract.ts` is checked against this list by the type checker.
 */
export const METHOD_NAMES = [
  'recommend',
  'createGoal',
  'previewPlan',
  'listGoals',
  'getGoal',
  'updateGoal',
  'archiveGoal',
  'deleteGoal',
  'getPlan',
  'getPlanLean',
  'reorderPlan',
  'addToPlan',
  'itemAlternatives',
  'swapPlanItem',
  'setItemStatus',
  'reopenItem',
  'setItemNotes',
  'logTime',
  'listLog',
  'listTimeEntries',
  'editTimeEntry',
  'deleteTimeEntry',
  'removeItem',
  'listResources',
  'getResource',
  'addCustomResource',
  'addOwnResource',
  'editCustomResource',
  'thisWeek',
  'progressSummary',
  'exportGoal',
  'importGoal',
  'listBackups',
  'createBackup',
  'getRhythm',
  'setRhythm',
  'snoozeReminder',
  'reminderNotice',
  'startSession',
  'sessionStatus',
  'stopSession',
  'cancelSession',
  'dueRevisits',
  'gradeRevisit',
  'setRevisits',
  'weeklyReview',
  'dismissWeeklyReview',
  'reviewTime',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** IPC channels are namespaced so nothing else in the app can collide with the service. */
export const channelFor = (method: string) => `pathwise:${method}`;

/** Commands the native menu sends to the window. */
export const APP_COMMANDS = ['new-goal', 'toggle-theme', 'export', 'import', 'restore', 'show-about', 'study-rhythm', 'open-week'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];
export const COMMAND_CHANNEL = 'pathwise-app:command';
export const OPEN_EXTERNAL_CHANNEL = 'pathwise-app:open-external';
export const APP_INFO_CHANNEL = 'pathwise-app:info';
export const EXPORT_FILE_CHANNEL = 'pathwise-app:export-file';
export const IMPORT_FILE_CHANNEL = 'pathwise-app:import-file';
export const RESTORE_CHANNEL = 'pathwise-app:restore-backup';

/** What File → Export… offers: the service's text formats, and a PDF printed from the HTML one. */
export const FILE_FORMATS = ['md', 'json', 'csv', 'ics', 'html', 'pdf'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];
