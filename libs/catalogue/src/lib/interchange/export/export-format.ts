export const EXPORT_FORMATS = ['hsds-package', 'hsds-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
